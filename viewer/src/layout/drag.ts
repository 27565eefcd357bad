import type { ViewerGraph } from '../graph/types';
import type { ViewerSigma } from '../render/renderer';

/**
 * Lets the user drag nodes. While held, a node is marked `fixed` so a running ForceAtlas2 leaves it
 * where the mouse is; the mark is removed on release so it never reaches an export.
 * Returns whether a drag just ended, so the caller can tell a drop from a click.
 */
export function enableNodeDragging(renderer: ViewerSigma, graph: ViewerGraph): { justDragged(): boolean } {
  let dragged: string | null = null;
  let moved = false;
  let lastDragEnd = 0;

  renderer.on('downNode', ({ node }) => {
    dragged = node;
    moved = false;
    graph.setNodeAttribute(node, 'fixed', true);
    // Freeze the frame: otherwise sigma rescales the view as the dragged node changes the bounding box.
    if (!renderer.getCustomBBox()) renderer.setCustomBBox(renderer.getBBox());
  });

  renderer.getMouseCaptor().on('mousemovebody', (event) => {
    if (!dragged) return;
    moved = true;
    const position = renderer.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y });
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });

  const release = () => {
    if (!dragged) return;
    if (graph.hasNode(dragged)) graph.removeNodeAttribute(dragged, 'fixed');
    if (moved) lastDragEnd = Date.now();
    dragged = null;
  };
  renderer.getMouseCaptor().on('mouseup', release);
  renderer.getMouseCaptor().on('mouseleave', release);

  // A click fires right after the mouse is released; treat it as the end of the drag, not a selection.
  return { justDragged: () => Date.now() - lastDragEnd < 150 };
}
