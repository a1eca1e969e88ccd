-- newslint for Neovim: starts `newslint lsp` for Markdown and text buffers,
-- passes settings, and turns inlay hints (`— Speaker` after a quotation) on.
--
--   require("newslint").setup({
--     settings = { rules = { ["weasel-wording"] = "info" }, entities = { known = { "Sergei Lavrov" } } },
--   })
--
-- Neovim >= 0.11 uses vim.lsp.config/vim.lsp.enable (the defaults also live
-- in lsp/newslint.lua, so `vim.lsp.enable("newslint")` alone works there);
-- 0.8-0.10 fall back to a FileType autocmd calling vim.lsp.start.
local M = {}

M.defaults = {
  -- The server command; `server_path` is a shorthand for { server_path, "lsp" }.
  cmd = nil,
  server_path = nil,
  filetypes = { "markdown", "text" },
  root_markers = { ".newslint.toml", ".git" },
  -- Turn Neovim's inlay hints on in attached buffers (Neovim >= 0.10).
  inlay_hints = true,
  -- The server's `newslint` settings section (camelCase keys): rules,
  -- inlayHints, entityHints, entities.known, attribution.speechVerbs,
  -- claims.threshold, maxFileSize.
  -- Sent as initializationOptions and on workspace/didChangeConfiguration.
  settings = {},
  on_attach = nil,
  capabilities = nil,
}

local did_warn = false

local function resolve_cmd(opts)
  if opts.cmd then
    return opts.cmd
  end
  local exe = opts.server_path or "newslint"
  if vim.fn.executable(exe) ~= 1 then
    if not did_warn then
      did_warn = true -- say it once per session, not once per buffer
      vim.notify(
        ("newslint: server %q not found. Install it (`cargo install --path .` in a newslint checkout), "
          .. "put it on PATH, or pass server_path to require('newslint').setup()."):format(exe),
        vim.log.levels.WARN
      )
    end
    return nil
  end
  return { exe, "lsp" }
end

local function enable_inlay_hints(bufnr)
  local ih = vim.lsp.inlay_hint
  if not (ih and ih.enable) then
    return -- Neovim < 0.10 has no inlay hints
  end
  -- 0.10+ signature: enable(enable, filter)
  pcall(ih.enable, true, { bufnr = bufnr })
end

--- The LSP config table shared by both code paths.
local function lsp_config(opts, cmd)
  -- Only what the user set goes to the server, so its defaults and the
  -- project's .newslint.toml still apply to everything else.
  local section = vim.deepcopy(opts.settings or {})
  if opts.inlay_hints == false and section.inlayHints == nil then
    section.inlayHints = false -- no point computing hints nobody shows
  end
  if next(section) == nil then
    section = vim.empty_dict() -- an empty Lua table would go out as a JSON array
  end
  return {
    name = "newslint",
    cmd = cmd,
    filetypes = opts.filetypes,
    root_markers = opts.root_markers,
    init_options = { newslint = section },
    -- Neovim answers workspace/configuration from this and pushes it with
    -- workspace/didChangeConfiguration after initialize.
    settings = { newslint = section },
    capabilities = opts.capabilities,
    on_attach = function(client, bufnr)
      if opts.inlay_hints then
        enable_inlay_hints(bufnr)
      end
      if opts.on_attach then
        opts.on_attach(client, bufnr)
      end
    end,
  }
end

local function root_dir_for(bufnr, markers)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local dir = name ~= "" and vim.fs.dirname(name) or vim.loop.cwd()
  local found = vim.fs.find(markers, { path = dir, upward = true })[1]
  return found and vim.fs.dirname(found) or dir
end

-- Neovim 0.8-0.10: start (or reuse) a client per root directory on FileType.
local function setup_legacy(config)
  local group = vim.api.nvim_create_augroup("newslint", { clear = true })
  local function attach(bufnr)
    if vim.bo[bufnr].buftype ~= "" or not vim.tbl_contains(config.filetypes, vim.bo[bufnr].filetype) then
      return
    end
    local c = vim.deepcopy(config)
    c.root_dir = root_dir_for(bufnr, config.root_markers)
    c.root_markers, c.filetypes = nil, nil
    vim.lsp.start(c, { bufnr = bufnr })
  end
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = config.filetypes,
    callback = function(args)
      attach(args.buf)
    end,
  })
  -- Buffers opened before setup() (e.g. lazy-loading on ft) attach now.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) then
      attach(bufnr)
    end
  end
end

function M.setup(opts)
  opts = vim.tbl_deep_extend("force", M.defaults, opts or {})
  M.options = opts
  local cmd = resolve_cmd(opts)
  if not cmd then
    return
  end
  local config = lsp_config(opts, cmd)
  -- `_legacy` forces the 0.8-0.10 path so the tests can cover it on 0.11.
  if vim.fn.has("nvim-0.11") == 1 and not opts._legacy then
    config.name = nil
    vim.lsp.config("newslint", config)
    vim.lsp.enable("newslint")
  elseif vim.lsp.start then
    setup_legacy(config)
  else
    vim.notify("newslint: needs Neovim >= 0.8", vim.log.levels.ERROR)
    return
  end

  vim.api.nvim_create_user_command("NewslintRestart", function()
    M.restart()
  end, { desc = "Restart the newslint language server" })
  vim.api.nvim_create_user_command("NewslintSources", function()
    -- The server's outline has a "Sources" group (speakers and their quotes).
    vim.lsp.buf.document_symbol()
  end, { desc = "List the document's sources (speakers and quotes)" })
end

--- Restart: stop the clients, then re-attach every buffer that had one.
function M.restart()
  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  local bufs = {}
  for _, client in ipairs(get({ name = "newslint" })) do
    for bufnr in pairs(client.attached_buffers or {}) do
      bufs[#bufs + 1] = bufnr
    end
    client.stop()
  end
  vim.defer_fn(function()
    for _, bufnr in ipairs(bufs) do
      if vim.api.nvim_buf_is_valid(bufnr) then
        vim.api.nvim_exec_autocmds("FileType", { buffer = bufnr })
      end
    end
  end, 500)
end

return M
