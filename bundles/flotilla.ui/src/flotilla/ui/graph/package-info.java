/**
 * A generic graph viewer: JFace providers in, an SWT canvas out, Eclipse ELK in between. It knows
 * nothing of Flotilla's model; the diagram layer adapts its objects through the providers and turns the
 * viewer's reports into commands.
 *
 * <pre>{@code
 * GraphViewer viewer = new GraphViewer(parent, SWT.NONE);
 * viewer.setContentProvider(content);                     // an IGraphContentProvider
 * viewer.setLabelProvider(labels);                        // an IGraphLabelProvider
 * viewer.setCollapseThreshold(40);                        // containers with more children show counts
 * viewer.setPositionStore(notation::getPosition);         // where the user put shapes
 * viewer.addMoveListener(event -> ...);                   // MoveEvent: positions, target, chip
 * viewer.addConnectListener(event -> ...);                // ConnectEvent: source, target, chip
 * viewer.addDropSupport(DND.DROP_COPY, transfers, new GraphDropAdapter(viewer) { ... });
 * viewer.addSelectionChangedListener(event -> ...);      // StructuredSelection of the caller's elements
 * getSite().setSelectionProvider(viewer);
 * viewer.setInput(input);                                 // laid out off the UI thread
 * }</pre>
 *
 * After a model change call {@code refresh()} (a new layout) or, when only stored positions changed,
 * {@link flotilla.ui.graph.GraphViewer#applyPositions()}. {@code flotilla.ui.diagram.DiagramPage} is the
 * one real user.
 * <p>
 * One class per job: the facade {@link flotilla.ui.graph.GraphViewer}; layout in
 * {@link flotilla.ui.graph.GraphModel} (read from the providers), {@link flotilla.ui.graph.ElkGraphLayout}
 * (ELK, on a worker), {@link flotilla.ui.graph.LayoutScheduler} (newest wins) and
 * {@link flotilla.ui.graph.ShapePlacement} (stored positions over layout); input in
 * {@link flotilla.ui.graph.PointerInput}, one {@link flotilla.ui.graph.Gesture} per drag (select, marquee,
 * move, connect, pan), {@link flotilla.ui.graph.KeyboardNavigation} and the drop gesture
 * {@link flotilla.ui.graph.GraphDropAdapter}; output in {@link flotilla.ui.graph.GraphPainter} through the
 * {@link flotilla.ui.graph.Viewport}.
 */
package flotilla.ui.graph;
