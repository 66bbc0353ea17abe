// The workbench canvas: renders the graph the server sends and reports gestures back. It never changes the graph
// on its own: the server applies each gesture through the domain and answers with the new state or a refusal.
// Port kinds, compatibility and the cycle rule come from the server so that a refused connection is refused while
// dragging, with the reason in a tooltip; the server checks again when the edge is dropped.

const NodeWidth = 190;
const NodeHeight = 58;
const PreviewHeight = 86; // the thumbnail (or label) of a test run's output, under the node's name
const ShapeName = 'me-node';
const Dropped = 'application/x-mediaengine-node';
const SnapRadius = 24; // how near (in graph units) a dragged connection snaps to a port

let x6Loading;

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${src} could not be loaded`));
    document.head.appendChild(script);
  });
}

function loadX6() {
  x6Loading ??= (window.X6 ? Promise.resolve() : loadScript('vendor/x6.min.js')).then(registerShape);
  return x6Loading;
}

// A node: its box, a thumbnail image and a label chip for the test run's output, and its name.
function registerShape() {
  X6.Graph.registerNode(ShapeName, {
    inherit: 'rect',
    markup: [
      { tagName: 'rect', selector: 'body' },
      { tagName: 'image', selector: 'thumb' },
      { tagName: 'rect', selector: 'chip' },
      { tagName: 'text', selector: 'chipLabel' },
      { tagName: 'text', selector: 'label' },
    ],
  }, true);
}

const stateColours = {
  Pending: '#9e9e9e', Running: '#1e88e5', Succeeded: '#00c853', Failed: '#e53935', Cancelled: '#757575', Skipped: '#bdbdbd',
};

const edgeId = (edge) => `${edge.from.node}.${edge.from.port}->${edge.to.node}.${edge.to.port}`;

class Canvas {
  constructor(element, dotnet, options) {
    this.element = element;
    this.dotnet = dotnet;
    this.compatible = options.compatible; // kind → kinds it may feed
    this.model = { nodes: [], edges: [] };
    this.tooltip = element.querySelector('.me-wb-tooltip');
    const host = element.querySelector('.me-wb-graph');
    this.graph = new X6.Graph({
      container: host,
      autoResize: true,
      grid: { size: 10, visible: true },
      panning: { enabled: true, eventTypes: ['rightMouseDown'] },
      mousewheel: { enabled: true, modifiers: ['ctrl', 'meta'], minScale: 0.2, maxScale: 3 },
      background: { color: 'transparent' },
      connecting: {
        snap: { radius: SnapRadius },
        allowBlank: false,
        allowLoop: true, // refused by check() with its reason, like every other connection that would make a cycle
        allowNode: false,
        allowEdge: false,
        allowMulti: 'withPort',
        highlight: true,
        router: 'normal',
        connector: { name: 'smooth' },
        validateMagnet: ({ magnet }) => magnet.getAttribute('port-group') === 'out',
        validateConnection: (args) => this.check(args),
        createEdge: () => new X6.Shape.Edge({ attrs: { line: { stroke: '#90a4ae', strokeWidth: 2, targetMarker: 'classic' } }, zIndex: 0 }),
      },
    });
    // Shift+drag on blank space draws a rubberband (a plain drag does nothing, right-drag pans); Shift-, Ctrl- or Cmd-click
    // adds a node to the selection. The selection box lets the pointer through, so a selected node's ports still connect
    // (dragging the node still moves the whole selection).
    this.selection = new X6.Selection({
      enabled: true, multiple: true, rubberband: true, movable: true, showNodeSelectionBox: true, pointerEvents: 'none',
      modifiers: ['shift'], multipleSelectionModifiers: ['shift', 'ctrl', 'meta'],
    });
    this.graph.use(this.selection);
    this.graph.use(new X6.Snapline({ enabled: true }));
    const minimap = element.querySelector('.me-wb-minimap');
    if (minimap) {
      this.graph.use(new X6.MiniMap({ container: minimap, width: 200, height: 130, padding: 10 }));
    }

    this.graph.on('node:moved', () => this.reportMoves());
    this.graph.on('edge:connected', ({ edge, isNew }) => this.reportConnect(edge, isNew));
    this.graph.on('selection:changed', ({ selected }) => this.reportSelection(selected));
    this.graph.on('blank:click', () => {
      this.hideTooltip();
      this.dotnet.invokeMethodAsync('OnSelected', [], []);
    });
    this.graph.on('node:click', ({ node }) => {
      if (this.selection.getSelectedCellCount() <= 1) {
        this.dotnet.invokeMethodAsync('OnSelected', [node.id], []);
      }
    });
    this.onKey = (e) => this.key(e);
    element.addEventListener('keydown', this.onKey);
    // The refusal follows the pointer while a connection is dragged, goes away once no input port is near enough to
    // snap to (X6 only checks ports within the snap radius), and when the button is released.
    this.onPointerMove = (e) => {
      this.pointer = { x: e.clientX, y: e.clientY };
      if (this.tooltip && !this.tooltip.hidden) {
        if (this.nearInputPort(e.clientX, e.clientY)) {
          this.placeTooltip();
        } else {
          this.hideTooltip();
        }
      }
    };
    // After the release has been handled (X6 checks the connection once more on drop, which would show it again).
    this.onPointerUp = () => setTimeout(() => this.hideTooltip(), 0);
    element.addEventListener('mousemove', this.onPointerMove);
    window.addEventListener('mouseup', this.onPointerUp, true);
    // Palette items (anything with data-node-type) carry their node type when dragged onto the canvas.
    this.onDragStart = (e) => {
      const item = e.target.closest?.('[data-node-type]');
      if (item) {
        e.dataTransfer.setData(Dropped, item.dataset.nodeType);
        e.dataTransfer.effectAllowed = 'copy';
      }
    };
    document.addEventListener('dragstart', this.onDragStart);
    host.addEventListener('dragover', (e) => { if (e.dataTransfer.types.includes(Dropped)) { e.preventDefault(); } });
    host.addEventListener('drop', (e) => this.drop(e));
  }

  // ---- rendering ----

  // Brings the canvas to the model by changing only what differs: a node keeps its view (its position, border and
  // label are updated in place), so nothing flickers and a drag in progress survives.
  render(model) {
    this.model = model;
    this.drawn ??= new Map(); // cell id → the JSON it was drawn from
    const wanted = new Map([
      ...model.nodes.map((n) => [n.id, { json: JSON.stringify(n), node: n }]),
      ...model.edges.map((e) => [edgeId(e), { json: JSON.stringify(e), edge: e }]),
    ]);
    this.rendering = true;
    try {
      for (const cell of this.graph.getCells()) {
        if (!wanted.has(cell.id)) {
          this.graph.removeCell(cell); // deleted, or an edge the canvas drew itself before the server answered
          this.drawn.delete(cell.id);
        }
      }

      for (const [id, want] of wanted) {
        const existing = this.graph.getCellById(id);
        if (existing && this.drawn.get(id) === want.json) {
          continue;
        }

        if (existing && want.node && this.samePorts(id, want.node)) {
          const fresh = this.nodeCell(want.node);
          existing.setPosition(want.node.x, want.node.y);
          existing.resize(NodeWidth, fresh.getSize().height);
          existing.setAttrs(fresh.getAttrs(), { overwrite: true });
        } else {
          if (existing) {
            this.graph.removeCell(existing);
          }

          this.graph.addCell(want.node ? this.nodeCell(want.node) : this.edgeCell(want.edge));
        }

        this.drawn.set(id, want.json);
      }
    } finally {
      this.rendering = false;
    }
  }

  samePorts(id, node) {
    const before = this.drawn.get(id);
    if (!before) {
      return false;
    }

    const old = JSON.parse(before);
    return old.type === node.type && JSON.stringify([old.inputs, old.outputs]) === JSON.stringify([node.inputs, node.outputs]);
  }

  nodeCell(node) {
    // Ports sit along the top part (the name), not the whole height, so a thumbnail underneath does not move them.
    const port = (group, p, i, all) => ({
      id: `${group}:${p.name}`,
      group,
      args: { x: group === 'in' ? 0 : NodeWidth, y: Math.round((NodeHeight * (i + 1)) / (all.length + 1)) },
      attrs: {
        circle: { fill: p.colour, stroke: '#fff', strokeWidth: 1.5, r: 6, magnet: true, title: `${p.name} · ${p.kind}` },
        text: { text: p.name },
      },
    });
    const state = node.state ? stateColours[node.state] ?? '#9e9e9e' : null;
    const preview = node.preview;
    const height = preview ? NodeHeight + PreviewHeight : NodeHeight;
    const picture = preview && preview.url;
    const failed = preview?.kind === 'error';
    return this.graph.createNode({
      id: node.id,
      shape: ShapeName,
      x: node.x,
      y: node.y,
      width: NodeWidth,
      height,
      attrs: {
        body: {
          rx: 8, ry: 8, fill: 'var(--mud-palette-surface, #fff)',
          stroke: node.problem ? '#e53935' : state ?? 'var(--mud-palette-lines-default, #90a4ae)',
          strokeWidth: node.problem || state ? 2.5 : 1.5,
          ...(node.error ? { title: `${node.id} failed: ${node.error}` } : {}),
        },
        label: {
          text: node.state ? `${node.id}\n${node.type} · ${node.stateText}` : `${node.id}\n${node.type}`,
          fill: 'var(--mud-palette-text-primary, #212121)', fontSize: 12, textWrap: { width: NodeWidth - 24, ellipsis: true },
          refX: 0.5, refY: preview ? NodeHeight / 2 : 0.5, textAnchor: 'middle', textVerticalAnchor: 'middle',
        },
        thumb: picture
          ? { 'xlink:href': preview.url, x: 10, y: NodeHeight - 4, width: NodeWidth - 20, height: PreviewHeight - 8, preserveAspectRatio: 'xMidYMid meet', display: null, 'data-kind': preview.kind }
          : { display: 'none', 'xlink:href': null },
        chip: preview && !picture
          ? { x: 10, y: NodeHeight - 4, width: NodeWidth - 20, height: PreviewHeight - 8, rx: 6, ry: 6, fill: failed ? '#ffebee' : 'rgba(144, 164, 174, 0.16)', stroke: failed ? '#e53935' : 'none', display: null }
          : { display: 'none' },
        chipLabel: preview && !picture
          ? {
            text: preview.label, x: NodeWidth / 2, y: NodeHeight - 4 + (PreviewHeight - 8) / 2, textAnchor: 'middle', textVerticalAnchor: 'middle',
            fontSize: 11, fill: failed ? '#c62828' : 'var(--mud-palette-text-secondary, #616161)', display: null,
            textWrap: { width: NodeWidth - 32, height: PreviewHeight - 16, ellipsis: true }, 'data-kind': preview.kind,
          }
          : { display: 'none', text: '' },
      },
      data: { type: node.type },
      ports: {
        groups: {
          in: { position: 'absolute', label: { position: 'left' }, attrs: { text: { fontSize: 9, fill: '#78909c' } } },
          out: { position: 'absolute', label: { position: 'right' }, attrs: { text: { fontSize: 9, fill: '#78909c' } } },
        },
        items: [...node.inputs.map((p, i, all) => port('in', p, i, all)), ...node.outputs.map((p, i, all) => port('out', p, i, all))],
      },
    });
  }

  edgeCell(edge) {
    return this.graph.createEdge({
      id: edgeId(edge),
      source: { cell: edge.from.node, port: `out:${edge.from.port}` },
      target: { cell: edge.to.node, port: `in:${edge.to.port}` },
      attrs: { line: { stroke: edge.colour, strokeWidth: 2, targetMarker: 'classic' } },
      connector: { name: 'smooth' },
      zIndex: 0,
    });
  }

  zoomToFit() {
    this.graph.zoomToFit({ padding: 40, maxScale: 1.2 });
  }

  // Shows the server's selection (nodes and edges by id) and brings the first cell into view when it is not.
  select(nodeIds, edgeIds) {
    const cells = [...nodeIds, ...edgeIds].map((id) => this.graph.getCellById(id)).filter((c) => c);
    this.rendering = true; // the server chose this selection: do not report it back
    try {
      this.selection.reset(cells);
    } finally {
      this.rendering = false;
    }

    if (cells.length > 0 && !this.graph.getGraphArea().containsRect(cells[0].getBBox())) {
      this.graph.centerCell(cells[0]);
    }
  }

  // ---- connection rules, while dragging ----

  check({ sourceCell, targetCell, sourcePort, targetPort, edge }) {
    const refusal = this.refusal(sourceCell?.id, sourcePort, targetCell?.id, targetPort, edge?.id);
    if (refusal) {
      this.showTooltip(refusal);
      return false;
    }

    this.hideTooltip();
    return true;
  }

  refusal(fromNode, fromPort, toNode, toPort, edgeId) {
    if (!fromNode || !toNode || !fromPort || !toPort || !toPort.startsWith('in:')) {
      return null; // not over a target port yet
    }

    if (fromNode === toNode) {
      return `${fromNode} cannot feed its own input: that would make a cycle (${fromNode} → ${fromNode}).`;
    }

    const output = this.port(fromNode, fromPort.slice(4), 'outputs');
    const input = this.port(toNode, toPort.slice(3), 'inputs');
    if (!output || !input) {
      return 'That port does not exist.';
    }

    if (!(this.compatible[output.kind] ?? []).includes(input.kind)) {
      return `${fromNode}.${output.name} is ${output.kind}; ${toNode}.${input.name} takes ${input.kind}.`;
    }

    const taken = this.model.edges.some((e) => e.to.node === toNode && e.to.port === input.name);
    if (taken && !input.multiple && !edgeId?.startsWith?.(`${fromNode}.${output.name}->`)) {
      return `${toNode}.${input.name} already has an input; remove that connection first.`;
    }

    const path = this.path(toNode, fromNode);
    if (path) {
      return `That would make a cycle: ${[fromNode, ...path].join(' → ')}.`;
    }

    return null;
  }

  port(nodeId, name, side) {
    return this.model.nodes.find((n) => n.id === nodeId)?.[side].find((p) => p.name === name);
  }

  // A path start → … → goal along the current edges, or null.
  path(start, goal) {
    const next = new Map();
    this.model.edges.forEach((e) => next.set(e.from.node, [...(next.get(e.from.node) ?? []), e.to.node]));
    const seen = new Set();
    const walk = (node) => {
      if (node === goal) {
        return [node];
      }

      if (seen.has(node)) {
        return null;
      }

      seen.add(node);
      for (const child of next.get(node) ?? []) {
        const rest = walk(child);
        if (rest) {
          return [node, ...rest];
        }
      }

      return null;
    };
    return walk(start);
  }

  // Whether an input port lies within the snap radius of the pointer (client coordinates).
  nearInputPort(clientX, clientY) {
    const reach = SnapRadius * this.graph.zoom(); // X6 measures from the port's centre in graph units
    return [...this.element.querySelectorAll('.me-wb-graph .x6-port-body[port-group="in"]')].some((magnet) => {
      const box = magnet.getBoundingClientRect();
      return Math.hypot(box.left + box.width / 2 - clientX, box.top + box.height / 2 - clientY) <= reach;
    });
  }

  showTooltip(text) {
    if (this.tooltip) {
      this.tooltip.textContent = text;
      this.tooltip.hidden = false;
      this.placeTooltip();
    }
  }

  // Just below and right of the pointer, kept inside the canvas.
  placeTooltip() {
    if (!this.pointer) {
      return;
    }

    const box = this.element.getBoundingClientRect();
    const x = Math.min(this.pointer.x - box.left + 16, box.width - this.tooltip.offsetWidth - 8);
    const y = Math.min(this.pointer.y - box.top + 18, box.height - this.tooltip.offsetHeight - 8);
    this.tooltip.style.left = `${Math.max(8, x)}px`;
    this.tooltip.style.top = `${Math.max(8, y)}px`;
  }

  hideTooltip() {
    if (this.tooltip) {
      this.tooltip.hidden = true;
    }
  }

  // ---- gestures reported to the server ----

  reportMoves() {
    if (this.rendering) {
      return;
    }

    const moved = this.graph.getNodes()
      .map((n) => ({ id: n.id, x: Math.round(n.position().x), y: Math.round(n.position().y) }))
      .filter((p) => {
        const known = this.model.nodes.find((n) => n.id === p.id);
        return known && (known.x !== p.x || known.y !== p.y);
      });
    if (moved.length > 0) {
      this.dotnet.invokeMethodAsync('OnMoved', moved);
    }
  }

  reportConnect(edge, isNew) {
    const source = edge.getSourceCellId();
    const target = edge.getTargetCellId();
    const sourcePort = edge.getSourcePortId();
    const targetPort = edge.getTargetPortId();
    this.hideTooltip();
    if (!isNew || !source || !target || !sourcePort || !targetPort) {
      return;
    }

    this.dotnet.invokeMethodAsync('OnConnect', source, sourcePort.slice(4), target, targetPort.slice(3));
  }

  reportSelection(selected) {
    if (this.rendering) {
      return;
    }

    this.dotnet.invokeMethodAsync('OnSelected', selected.filter((c) => c.isNode()).map((c) => c.id), selected.filter((c) => c.isEdge()).map((c) => c.id));
  }

  drop(e) {
    const type = e.dataTransfer.getData(Dropped);
    if (!type) {
      return;
    }

    e.preventDefault();
    const at = this.graph.clientToLocal(e.clientX, e.clientY);
    this.dotnet.invokeMethodAsync('OnDropped', type, Math.round(at.x - NodeWidth / 2), Math.round(at.y - NodeHeight / 2));
  }

  key(e) {
    if (e.target.closest('input, textarea, select, [contenteditable=true]')) {
      return;
    }

    const mod = e.ctrlKey || e.metaKey;
    const k = e.key.toLowerCase();
    let command = null;
    if (k === 'delete' || k === 'backspace') {
      command = 'delete';
    } else if (mod && k === 'z') {
      command = e.shiftKey ? 'redo' : 'undo';
    } else if (mod && k === 'y') {
      command = 'redo';
    } else if (mod && k === 'c') {
      command = 'copy';
    } else if (mod && k === 'v') {
      command = 'paste';
    } else if (mod && k === 'a') {
      this.selection.select(this.graph.getNodes());
      e.preventDefault();
      return;
    } else if (k === 'f' && !mod) {
      this.zoomToFit();
      return;
    }

    if (!command) {
      return;
    }

    e.preventDefault();
    this.dotnet.invokeMethodAsync('OnCommand', command); // on the selection the server holds (the one shown here)
  }

  dispose() {
    this.element.removeEventListener('keydown', this.onKey);
    this.element.removeEventListener('mousemove', this.onPointerMove);
    window.removeEventListener('mouseup', this.onPointerUp, true);
    document.removeEventListener('dragstart', this.onDragStart);
    this.graph.dispose();
  }
}

export async function create(element, dotnet, options) {
  await loadX6();
  return new Canvas(element, dotnet, options);
}
