import { ToolDefinition } from '../types';
import { CASED, GUARDED, toolsOf } from './define';

/** Cloud development environments, IDEs and editors. */
export const DEV_ENVIRONMENT_TOOLS: ToolDefinition[] = toolsOf(
  'developer-environment',
  [
    ['eclipse-che', 'Eclipse Che', 'https://eclipse.dev/che/'],
    [
      'codeready-workspaces',
      'CodeReady Workspaces',
      'https://developers.redhat.com/products/codeready-workspaces',
      { aliases: ['Red Hat CodeReady', 'CodeReady', 'OpenShift Dev Spaces'] },
    ],
    [
      'codenvy',
      'Codenvy',
      'https://github.com/codenvy/codenvy',
      { aliases: ['codeenvy'] },
    ],
    ['devpod', 'DevPod', 'https://devpod.sh'],
    ['gitpod', 'Gitpod', 'https://www.gitpod.io'],
    [
      'github-codespaces',
      'GitHub Codespaces',
      'https://github.com/features/codespaces',
      { aliases: ['Codespaces'] },
    ],
    [
      'coder',
      'Coder',
      'https://coder.com',
      { ...GUARDED, unambiguousAliases: ['coder.com', 'coder/coder'] },
    ],
    [
      'dev-containers',
      'Dev Containers',
      'https://containers.dev',
      {
        ...CASED,
        aliases: ['Development Containers'],
        unambiguousAliases: [
          'devcontainer',
          'devcontainer.json',
          'devcontainers',
        ],
      },
    ],
    ['devbox', 'Devbox', 'https://www.jetify.com/devbox', GUARDED],
    [
      'nix',
      'Nix',
      'https://nixos.org',
      { ...CASED, unambiguousAliases: ['Nix flakes', 'nixpkgs'] },
    ],
    ['nixos', 'NixOS', 'https://nixos.org'],
    ['mirrord', 'mirrord', 'https://mirrord.dev'],
    [
      'docker-compose',
      'Docker Compose',
      'https://docs.docker.com/compose/',
      { unambiguousAliases: ['docker-compose'] },
    ],
    ['podman-desktop', 'Podman Desktop', 'https://podman-desktop.io', CASED],
    ['rancher-desktop', 'Rancher Desktop', 'https://rancherdesktop.io', CASED],
    ['colima', 'Colima', 'https://github.com/abiosoft/colima'],
    ['orbstack', 'OrbStack', 'https://orbstack.dev'],
    [
      'vscode',
      'Visual Studio Code',
      'https://code.visualstudio.com',
      { aliases: ['VS Code', 'VSCode'] },
    ],
    [
      'intellij-idea',
      'IntelliJ IDEA',
      'https://www.jetbrains.com/idea/',
      { aliases: ['IntelliJ'] },
    ],
    ['goland', 'GoLand', 'https://www.jetbrains.com/go/'],
    ['pycharm', 'PyCharm', 'https://www.jetbrains.com/pycharm/'],
    ['eclipse-ide', 'Eclipse IDE', 'https://eclipseide.org', CASED],
    ['vim', 'Vim', 'https://www.vim.org', CASED],
    ['neovim', 'Neovim', 'https://neovim.io'],
    ['emacs', 'Emacs', 'https://www.gnu.org/software/emacs/'],
    [
      'github-copilot',
      'GitHub Copilot',
      'https://github.com/features/copilot',
      CASED,
    ],
    [
      'jupyter',
      'Jupyter',
      'https://jupyter.org',
      { ...CASED, aliases: ['Jupyter Notebook', 'JupyterLab'] },
    ],
  ],
);

/** Web browsers, named in talks about the web and in demos. */
export const BROWSER_TOOLS: ToolDefinition[] = toolsOf('browser', [
  [
    'firefox',
    'Firefox',
    'https://www.mozilla.org/firefox/',
    { aliases: ['Mozilla Firefox'] },
  ],
  [
    'chrome',
    'Google Chrome',
    'https://www.google.com/chrome/',
    { ...CASED, aliases: ['Chrome'] },
  ],
  ['chromium', 'Chromium', 'https://www.chromium.org'],
  ['safari', 'Safari', 'https://www.apple.com/safari/', GUARDED],
  ['microsoft-edge', 'Microsoft Edge', 'https://www.microsoft.com/edge', CASED],
  [
    'tor-browser',
    'Tor Browser',
    'https://www.torproject.org',
    { ...CASED, aliases: ['Tor'] },
  ],
]);
