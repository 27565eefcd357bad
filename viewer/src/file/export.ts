import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import { toGexf } from '../../../src/export/gexf';
import { toJson } from '../../../src/export/json';
import type { ViewerGraph } from '../graph/types';
import type { ViewerSigma } from '../render/renderer';

/** Offers a text file for download under `fileName`. */
function downloadText(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads the current graph (positions included) as GEXF 1.3, written by the same exporter as the CLI. */
export function exportGexf(graph: ViewerGraph, baseName: string): void {
  downloadText(toGexf(graph), `${baseName}.gexf`, 'application/gexf+xml');
}

/** Downloads the current graph as graphology JSON, documents included, as the CLI writes it. */
export function exportJson(graph: ViewerGraph, baseName: string): void {
  downloadText(toJson(graph), `${baseName}.json`, 'application/json');
}

/** Downloads what the graph view shows, on white, as PNG. */
export function exportPng(renderer: ViewerSigma, baseName: string): Promise<void> {
  // export-image is typed for sigma's default attribute types; it only reads the renderer's canvases and settings.
  return downloadAsPNG(renderer as unknown as Sigma, { fileName: baseName, backgroundColor: '#ffffff' });
}
