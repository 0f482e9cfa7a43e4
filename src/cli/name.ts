/** How users run the CLI (there is no installed `factdesk` program): every message that names a command says this. */
export const CLI = 'npm run --silent cli --'
