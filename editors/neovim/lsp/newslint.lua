-- Neovim >= 0.11 picks this file up from 'runtimepath': with the plugin
-- installed, `vim.lsp.enable("newslint")` works without calling setup().
-- require("newslint").setup(opts) layers its options over these.
return {
  cmd = { "newslint", "lsp" },
  filetypes = { "markdown", "text" },
  root_markers = { ".newslint.toml", ".git" },
  on_attach = function(_, bufnr)
    vim.lsp.inlay_hint.enable(true, { bufnr = bufnr })
  end,
}
