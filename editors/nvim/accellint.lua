-- AccelLint for Neovim 0.7 and later: `accellint lsp` on Bicep and ARM JSON buffers.
-- Neovim 0.7 has no bicep filetype, so name it here.
vim.api.nvim_create_autocmd({ "BufNewFile", "BufRead" }, {
  pattern = { "*.bicep", "*.bicepparam" },
  command = "setfiletype bicep",
})
local accellint
vim.api.nvim_create_autocmd("FileType", {
  pattern = { "bicep", "bicep-params", "json", "jsonc" },
  callback = function(args)
    if not accellint or vim.lsp.client_is_stopped(accellint) then
      accellint = vim.lsp.start_client({ name = "accellint", cmd = { "accellint", "lsp" },
                                         root_dir = vim.fn.getcwd() })
    end
    vim.lsp.buf_attach_client(args.buf, accellint)
  end,
})
