-- :checkhealth newslint
local M = {}

function M.check()
  local h = vim.health
  h.start("newslint")
  if vim.fn.has("nvim-0.10") == 1 then
    h.ok("Neovim " .. tostring(vim.version()) .. " (inlay hints available)")
  elseif vim.fn.has("nvim-0.8") == 1 then
    h.warn("Neovim " .. tostring(vim.version()) .. ": works, but inlay hints need >= 0.10")
  else
    h.error("Neovim >= 0.8 is required")
  end
  local opts = require("newslint").options or {}
  local exe = (opts.cmd and opts.cmd[1]) or opts.server_path or "newslint"
  if vim.fn.executable(exe) == 1 then
    h.ok(("server: %s (%s)"):format(vim.fn.exepath(exe), vim.trim(vim.fn.system({ exe, "--version" }))))
  else
    h.error(("server %q not found"):format(exe), { "cargo install --path . (in a newslint checkout)", "or setup({ server_path = '/path/to/newslint' })" })
  end
  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  h.info(("%d newslint client(s) running"):format(#get({ name = "newslint" })))
end

return M
