import { describe, expect, it } from 'vitest';
import { OFFSCREEN_TARGET, type OffscreenParseMessage } from '../extract/offscreen-message';
import { OffscreenChannel, type ChannelPort } from './offscreen-channel';

/** A port whose far end the test plays: what was posted, and hooks to answer or close it. */
function fakePort() {
  const posted: OffscreenParseMessage[] = [];
  const onMessage: Array<(m: unknown) => void> = [];
  const onDisconnect: Array<() => void> = [];
  let closed = false;
  const port: ChannelPort = {
    postMessage(message) {
      if (closed) throw new Error('Attempting to use a disconnected port object');
      posted.push(message as OffscreenParseMessage);
    },
    onMessage: { addListener: (l) => void onMessage.push(l) },
    onDisconnect: { addListener: (l) => void onDisconnect.push(l) },
  };
  return {
    port,
    posted,
    reply: (m: unknown) => onMessage.forEach((l) => l(m)),
    close: () => {
      closed = true;
      onDisconnect.forEach((l) => l());
    },
    closeSilently: () => void (closed = true),
  };
}

const ARTICLE = { html: '<p>Text</p>', title: 'T', byline: null, siteName: null, excerpt: null, lang: 'en', dir: null, publishedTime: null };

describe('the background’s port to the offscreen document', () => {
  it('pairs each reply with its request, whatever order they come back in', async () => {
    const far = fakePort();
    let opened = 0;
    const channel = new OffscreenChannel(() => (opened++, far.port));
    const first = channel.parse('<html>1</html>', 'https://a.example/1');
    const second = channel.parse('<html>2</html>', 'https://a.example/2');
    expect(opened).toBe(1);
    expect(far.posted.map((m) => [m.target, m.html, m.url])).toEqual([
      [OFFSCREEN_TARGET, '<html>1</html>', 'https://a.example/1'],
      [OFFSCREEN_TARGET, '<html>2</html>', 'https://a.example/2'],
    ]);
    far.reply({ id: far.posted[1]!.id, article: null, ms: 2 });
    far.reply({ id: far.posted[0]!.id, article: ARTICLE, ms: 5 });
    await expect(second).resolves.toEqual({ article: null, ms: 2 });
    await expect(first).resolves.toEqual({ article: ARTICLE, ms: 5 });
  });

  it('rejects with the parser’s error, and ignores replies to nothing it asked', async () => {
    const far = fakePort();
    const channel = new OffscreenChannel(() => far.port);
    const parse = channel.parse('<html></html>', 'https://a.example/');
    far.reply({ id: 999, article: ARTICLE, ms: 1 });
    far.reply(null);
    far.reply({ id: far.posted[0]!.id, error: 'TypeError: boom' });
    await expect(parse).rejects.toThrow(/boom/);
  });

  it('fails the requests under way when the document goes away, and opens a new port for the next one', async () => {
    const ports = [fakePort(), fakePort()];
    let opened = 0;
    const channel = new OffscreenChannel(() => ports[opened++]!.port);
    const lost = channel.parse('<html>1</html>', 'https://a.example/1');
    ports[0]!.close();
    await expect(lost).rejects.toThrow(/went away/);
    const next = channel.parse('<html>2</html>', 'https://a.example/2');
    expect(opened).toBe(2);
    ports[1]!.reply({ id: ports[1]!.posted[0]!.id, article: null, ms: 1 });
    await expect(next).resolves.toEqual({ article: null, ms: 1 });
  });

  it('rejects a request posted on a port that closed before saying so, without failing the next port’s requests', async () => {
    const ports = [fakePort(), fakePort()];
    let opened = 0;
    const channel = new OffscreenChannel(() => ports[opened++]!.port);
    const first = channel.parse('<html>1</html>', 'https://a.example/1');
    ports[0]!.reply({ id: ports[0]!.posted[0]!.id, article: null, ms: 1 });
    await first;
    ports[0]!.closeSilently();
    await expect(channel.parse('<html>2</html>', 'https://a.example/2')).rejects.toThrow(/disconnected/);
    const third = channel.parse('<html>3</html>', 'https://a.example/3');
    ports[0]!.close(); // the old port's late disconnect event
    ports[1]!.reply({ id: ports[1]!.posted[0]!.id, article: null, ms: 3 });
    await expect(third).resolves.toEqual({ article: null, ms: 3 });
  });
});
