/**
 * A one-value broadcast that trust changed. The background writes it after every trust change; content scripts
 * and the popup watch it (`trustChangedAt.watch(...)`) and fetch their cards or results again. Storage events
 * reach every open tab without the background having to know which tabs exist.
 */
import { storage } from 'wxt/utils/storage';

/** Milliseconds since the epoch of the last trust change; null before the first. */
export const trustChangedAt = storage.defineItem<number>('local:trustChangedAt');
