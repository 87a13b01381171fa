/**
 * Where each store serves updates: a force-install names the extension and its store, so it works for the
 * store-listed Scrollwise (an unpacked copy cannot be force-installed). The Firefox address is the one
 * addons.mozilla.org gives every listed add-on, under the slug Scrollwise would have.
 */
const CHROME_STORE_UPDATES = 'https://clients2.google.com/service/update2/crx';
const FIREFOX_LATEST = 'https://addons.mozilla.org/firefox/downloads/latest/scrollwise/latest.xpi';

/** Copy-paste browser-policy examples for parents, with this installation's extension id filled in. */
export function policyExamples(extensionId: string, firefoxId: string): { system: string; code: string }[] {
  const settings = '{ "dailyLimitMinutes": 60, "settingsLocked": true }';
  const forced = `${extensionId};${CHROME_STORE_UPDATES}`;
  return [
    {
      system: 'Windows (Chrome; Edge: Microsoft\\Edge), in an administrator prompt',
      code: [
        `reg add "HKLM\\Software\\Policies\\Google\\Chrome\\ExtensionInstallForcelist" /v 1 /t REG_SZ /d "${forced}" /f`,
        'reg add "HKLM\\Software\\Policies\\Google\\Chrome" /v IncognitoModeAvailability /t REG_DWORD /d 1 /f',
        `reg add "HKLM\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${extensionId}\\policy" /v dailyLimitMinutes /t REG_DWORD /d 60 /f`,
        `reg add "HKLM\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${extensionId}\\policy" /v settingsLocked /t REG_DWORD /d 1 /f`,
      ].join('\n'),
    },
    {
      system: 'macOS (Chrome), in Terminal',
      code: [
        'sudo defaults write /Library/Managed\\ Preferences/com.google.Chrome IncognitoModeAvailability -int 1',
        `sudo defaults write /Library/Managed\\ Preferences/com.google.Chrome.extensions.${extensionId} dailyLimitMinutes -int 60`,
        `sudo defaults write /Library/Managed\\ Preferences/com.google.Chrome.extensions.${extensionId} settingsLocked -bool true`,
      ].join('\n'),
    },
    {
      system:
        'Linux (Chrome: /etc/opt/chrome/policies/managed/scrollwise.json; Chromium: /etc/chromium/policies/managed/)',
      code: JSON.stringify(
        {
          ExtensionInstallForcelist: [forced],
          IncognitoModeAvailability: 1,
          BrowserGuestModeEnabled: false,
          BrowserAddPersonEnabled: false,
          '3rdparty': { extensions: { [extensionId]: JSON.parse(settings) } },
        },
        null,
        2,
      ),
    },
    {
      system: 'ChromeOS (Google Admin console: Devices › Chrome › Apps & extensions › Users & browsers)',
      code: `Force install: ${extensionId}\nPolicy for extensions: ${settings}`,
    },
    {
      system: 'Firefox, any system: distribution/policies.json in Firefox’s installation folder',
      code: JSON.stringify(
        {
          policies: {
            DisablePrivateBrowsing: true,
            ExtensionSettings: { [firefoxId]: { installation_mode: 'force_installed', install_url: FIREFOX_LATEST } },
            '3rdparty': { Extensions: { [firefoxId]: JSON.parse(settings) } },
          },
        },
        null,
        2,
      ),
    },
  ];
}
