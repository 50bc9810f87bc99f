-- AccelLint for Neovim 0.10 and later: one `accellint lsp` per workspace (the folder holding
-- accellint.json or .git), reused by every Bicep and ARM JSON buffer in it.
vim.filetype.add({ extension = { bicep = "bicep", bicepparam = "bicep-params" } })
vim.api.nvim_create_autocmd("FileType", {
  pattern = { "bicep", "bicep-params", "json", "jsonc" },
  callback = function(args)
    vim.lsp.start({ name = "accellint", cmd = { "accellint", "lsp" },
                    root_dir = vim.fs.root(args.buf, { "accellint.json", ".git" }) })
  end,
})
