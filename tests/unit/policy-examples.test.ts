import { describe, expect, it } from 'vitest';
import { policyExamples } from '@/components/options/policy-examples';

describe('#27 the policy examples force-install Scrollwise from its store', () => {
  const examples = policyExamples('abcdefghijklmnopabcdefghijklmnop', 'scrollwise@example.org');
  const code = (system: string) => examples.find((example) => example.system.startsWith(system))?.code ?? '';

  it('names the store’s update address beside the id, as Chrome and Edge need for a force-install', () => {
    expect(code('Windows')).toContain(
      'ExtensionInstallForcelist" /v 1 /t REG_SZ /d "abcdefghijklmnopabcdefghijklmnop;https://clients2.google.com/service/update2/crx"',
    );
    expect(JSON.parse(code('Linux')).ExtensionInstallForcelist).toEqual([
      'abcdefghijklmnopabcdefghijklmnop;https://clients2.google.com/service/update2/crx',
    ]);
  });

  it('force-installs the listed add-on in Firefox, from addons.mozilla.org', () => {
    const settings = JSON.parse(code('Firefox')).policies.ExtensionSettings['scrollwise@example.org'];
    expect(settings).toEqual({
      installation_mode: 'force_installed',
      install_url: 'https://addons.mozilla.org/firefox/downloads/latest/scrollwise/latest.xpi',
    });
  });
});
