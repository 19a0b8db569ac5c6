import { ToolDefinition } from '../types';
import { CASED, GUARDED, toolsOf } from './define';

/**
 * Self-hosting platforms and the services people host themselves, the
 * subject of many community-conference talks (FOSDEM and the like).
 */
export const SELF_HOSTING_TOOLS: ToolDefinition[] = toolsOf('self-hosting', [
  ['yunohost', 'YunoHost', 'https://yunohost.org'],
  ['freedombox', 'FreedomBox', 'https://freedombox.org'],
  ['libre-sh', 'libre.sh', 'https://libre.sh', CASED],
  [
    'sandstorm',
    'Sandstorm',
    'https://sandstorm.io',
    { ...GUARDED, unambiguousAliases: ['sandstorm.io'] },
  ],
  ['cozy-cloud', 'Cozy Cloud', 'https://cozy.io', CASED],
  ['nextcloud', 'Nextcloud', 'https://nextcloud.com'],
  ['owncloud', 'ownCloud', 'https://owncloud.com'],
  ['home-assistant', 'Home Assistant', 'https://www.home-assistant.io', CASED],
  ['syncthing', 'Syncthing', 'https://syncthing.net'],
  ['mastodon', 'Mastodon', 'https://joinmastodon.org', GUARDED],
  [
    'matrix',
    'Matrix',
    'https://matrix.org',
    {
      ...GUARDED,
      matchName: false,
      unambiguousAliases: ['matrix.org', 'Matrix protocol'],
    },
  ],
  ['jitsi', 'Jitsi Meet', 'https://jitsi.org', { aliases: ['Jitsi'] }],
  ['bigbluebutton', 'BigBlueButton', 'https://bigbluebutton.org'],
  ['mattermost', 'Mattermost', 'https://mattermost.com'],
  ['rocket-chat', 'Rocket.Chat', 'https://www.rocket.chat', CASED],
  ['discourse', 'Discourse', 'https://www.discourse.org', GUARDED],
  ['wordpress', 'WordPress', 'https://wordpress.org'],
  ['gitea', 'Gitea', 'https://about.gitea.com'],
  ['forgejo', 'Forgejo', 'https://forgejo.org'],
  ['matomo', 'Matomo', 'https://matomo.org'],
  [
    'lets-encrypt',
    "Let's Encrypt",
    'https://letsencrypt.org',
    { ...CASED, aliases: ['LetsEncrypt'] },
  ],
  ['certbot', 'Certbot', 'https://certbot.eff.org'],
  ['authelia', 'Authelia', 'https://www.authelia.com'],
  ['authentik', 'authentik', 'https://goauthentik.io'],
  ['vaultwarden', 'Vaultwarden', 'https://github.com/dani-garcia/vaultwarden'],
  ['bitwarden', 'Bitwarden', 'https://bitwarden.com'],
  ['1password', '1Password', 'https://1password.com'],
  ['keepass', 'KeePass', 'https://keepass.info', { aliases: ['KeePassXC'] }],
  ['raspberry-pi', 'Raspberry Pi', 'https://www.raspberrypi.com', CASED],
  [
    'uptime-kuma',
    'Uptime Kuma',
    'https://github.com/louislam/uptime-kuma',
    CASED,
  ],
]);

/** Operating systems named as the platform a team runs on. */
export const OPERATING_SYSTEM_TOOLS: ToolDefinition[] = toolsOf(
  'operating-system',
  [
    ['debian', 'Debian', 'https://www.debian.org'],
    ['ubuntu', 'Ubuntu', 'https://ubuntu.com'],
    [
      'fedora',
      'Fedora',
      'https://fedoraproject.org',
      { ...GUARDED, unambiguousAliases: ['Fedora Linux', 'Fedora CoreOS'] },
    ],
    [
      'centos',
      'CentOS',
      'https://www.centos.org',
      { aliases: ['CentOS Stream'] },
    ],
    [
      'rhel',
      'Red Hat Enterprise Linux',
      'https://www.redhat.com/rhel',
      { ...CASED, aliases: ['RHEL'] },
    ],
    [
      'alpine-linux',
      'Alpine Linux',
      'https://alpinelinux.org',
      { ...CASED, aliases: ['Alpine'] },
    ],
    ['arch-linux', 'Arch Linux', 'https://archlinux.org', CASED],
    [
      'windows-server',
      'Windows Server',
      'https://www.microsoft.com/windows-server',
      CASED,
    ],
    ['selinux', 'SELinux', 'https://github.com/SELinuxProject'],
    [
      'seccomp',
      'seccomp',
      'https://man7.org/linux/man-pages/man2/seccomp.2.html',
      { concept: true },
    ],
  ],
);
