/**
 * A generic graph viewer: JFace providers in, an SWT canvas out, Eclipse ELK in between. It knows
 * nothing of Flotilla's model; the diagram layer adapts its objects through the providers and turns the
 * viewer's reports into commands.
 *
 * <pre>{@code
 * GraphViewer viewer = new GraphViewer(parent, SWT.NONE);
 * viewer.setContentProvider(new ClusterGraphContent());   // IGraphContentProvider
 * viewer.setLabelProvider(new ClusterGraphLabels());      // IGraphLabelProvider
 * viewer.setCollapseThreshold(40);                        // nodes with more tasks show counts
 * viewer.setPositionStore(notation::position);            // where the user put shapes
 * viewer.addMoveListener(event -> stack.execute(MoveShapes.of(notation, event.positions())));
 * viewer.addConnectListener((source, target) -> stack.execute(AttachNetwork.of(source, target)));
 * viewer.addDropSupport(DND.DROP_COPY, transfers, new GraphDropAdapter(viewer) { ... });
 * viewer.addSelectionChangedListener(event -> ...);      // StructuredSelection of model elements
 * getSite().setSelectionProvider(viewer);
 * viewer.setInput(cluster);                               // laid out off the UI thread
 * }</pre>
 *
 * After a model change call {@code refresh()} (a new layout) or, when only stored positions changed,
 * {@link flotilla.ui.graph.GraphViewer#applyPositions()}.
 */
package flotilla.ui.graph;
