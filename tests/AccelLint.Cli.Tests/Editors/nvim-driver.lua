-- Drives Neovim as a user would, after the README's configuration has started `accellint lsp` on the
-- buffer: wait for the ACCEL001 diagnostic, put the cursor on it, ask for code actions
-- (vim.lsp.buf.code_action, answering its menu with the action titled $ACCELLINT_NVIM_ACTION), wait
-- until the edit lands and the server has re-published, then write what was seen as JSON to
-- $ACCELLINT_NVIM_OUT and quit. Every wait is bounded, so a missing step ends in a report, not a hang.
local buf = vim.api.nvim_get_current_buf()
local report = { filetype = vim.bo[buf].filetype, waits = {} }

local function wait(name, condition)
  report.waits[name] = vim.wait(60000, condition, 10)
end

local function diagnostics()
  local seen = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = (d.user_data and d.user_data.lsp) or {}
    table.insert(seen, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, source = d.source, message = d.message,
      code = lsp.code or d.code,
      href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL,
    })
  end
  return seen
end

local function find(code)
  for _, d in ipairs(diagnostics()) do
    if d.code == code then return d end
  end
end

local function finish()
  report.clients = {}
  -- vim.lsp.get_clients from 0.10; vim.lsp.buf_get_clients before (deprecated since).
  local clients = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = buf }) or vim.lsp.buf_get_clients(buf)
  for _, client in pairs(clients) do
    table.insert(report.clients, client.name)
  end
  report.text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n") .. "\n"
  report.after = diagnostics()
  vim.fn.writefile({ vim.fn.json_encode(report) }, vim.env.ACCELLINT_NVIM_OUT)
  vim.cmd("qa!")
end

wait("diagnostic", function() return find("ACCEL001") ~= nil end)
report.before = diagnostics()
local target = find("ACCEL001")
if not target then return finish() end

-- The menu vim.lsp.buf.code_action shows: items are { client_id, action } on 0.7, { action = , ctx = } later.
report.titles = {}
vim.ui.select = function(items, _, on_choice)
  local chosen
  for i, item in ipairs(items) do
    local action = item.action or item[2]
    table.insert(report.titles, action.title)
    if action.title == vim.env.ACCELLINT_NVIM_ACTION and not chosen then chosen = i end
  end
  report.menu = true
  if chosen then on_choice(items[chosen], chosen) else on_choice(nil, nil) end
end

vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
local tick = vim.api.nvim_buf_get_changedtick(buf)
vim.lsp.buf.code_action()
wait("menu", function() return report.menu == true end)
wait("edit", function() return vim.api.nvim_buf_get_changedtick(buf) ~= tick end)
wait("republish", function() return find("ACCEL001") == nil end)
finish()
