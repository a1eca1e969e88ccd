-- Loaded by tests/editors/nvim-screenshot.sh in a real (tmux) Neovim: set up the
-- plugin, open the example, and put the cursor on the quotation with its hover open.
vim.opt.runtimepath:prepend(os.getenv("NEWSLINT_PLUGIN_DIR"))
vim.o.termguicolors = true
vim.o.number = true
vim.o.wrap = true
vim.o.linebreak = true
vim.o.laststatus = 2
vim.o.signcolumn = "yes"
vim.diagnostic.config({ virtual_text = { prefix = "●" }, severity_sort = true })
require("newslint").setup({ server_path = os.getenv("NEWSLINT_BIN") })
vim.cmd.edit(vim.fn.fnameescape(os.getenv("NEWSLINT_EXAMPLE")))
vim.wait(10000, function()
  return #vim.diagnostic.get(0) > 0
end, 50)
local row = vim.fn.search("“In general, the West", "nw")
vim.api.nvim_win_set_cursor(0, { row, 6 })
vim.cmd("normal! zz")
vim.defer_fn(function()
  vim.lsp.buf.hover({ border = "rounded" })
  vim.defer_fn(function()
    io.open(os.getenv("NEWSLINT_READY"), "w"):close() -- tell the driver the screen is ready
  end, 800)
end, 300)
