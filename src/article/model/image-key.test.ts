// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { imageKey } from './image-key';

describe('imageKey', () => {
  it('names an image by its article folder and its file name without the extension', () => {
    expect(imageKey('us-china-cyber', 'lead')).toBe('us-china-cyber/lead');
  });

  it('keeps images of two articles apart even when their files are named alike', () => {
    expect(imageKey('alpha', 'lead')).not.toBe(imageKey('beta', 'lead'));
  });
});
