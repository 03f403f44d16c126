/**
 */
package flotilla.observed;

import flotilla.model.Cluster;
import flotilla.model.Element;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cluster State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.observed.ClusterState#getCluster <em>Cluster</em>}</li>
 *   <li>{@link flotilla.observed.ClusterState#getTime <em>Time</em>}</li>
 *   <li>{@link flotilla.observed.ClusterState#getNodes <em>Nodes</em>}</li>
 *   <li>{@link flotilla.observed.ClusterState#getTasks <em>Tasks</em>}</li>
 *   <li>{@link flotilla.observed.ClusterState#getNetworkInstances <em>Network Instances</em>}</li>
 *   <li>{@link flotilla.observed.ClusterState#getEvents <em>Events</em>}</li>
 * </ul>
 *
 * @see flotilla.observed.ObservedPackage#getClusterState()
 * @model
 * @generated
 */
public interface ClusterState extends Element {
	/**
	 * Returns the value of the '<em><b>Cluster</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cluster</em>' reference.
	 * @see #setCluster(Cluster)
	 * @see flotilla.observed.ObservedPackage#getClusterState_Cluster()
	 * @model
	 * @generated
	 */
	Cluster getCluster();

	/**
	 * Sets the value of the '{@link flotilla.observed.ClusterState#getCluster <em>Cluster</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cluster</em>' reference.
	 * @see #getCluster()
	 * @generated
	 */
	void setCluster(Cluster value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(long)
	 * @see flotilla.observed.ObservedPackage#getClusterState_Time()
	 * @model
	 * @generated
	 */
	long getTime();

	/**
	 * Sets the value of the '{@link flotilla.observed.ClusterState#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(long value);

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.observed.NodeStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see flotilla.observed.ObservedPackage#getClusterState_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeStatus> getNodes();

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.observed.Task}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tasks</em>' containment reference list.
	 * @see flotilla.observed.ObservedPackage#getClusterState_Tasks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Task> getTasks();

	/**
	 * Returns the value of the '<em><b>Network Instances</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.observed.NetworkInstance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Network Instances</em>' containment reference list.
	 * @see flotilla.observed.ObservedPackage#getClusterState_NetworkInstances()
	 * @model containment="true"
	 * @generated
	 */
	EList<NetworkInstance> getNetworkInstances();

	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.observed.Event}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Events</em>' containment reference list.
	 * @see flotilla.observed.ObservedPackage#getClusterState_Events()
	 * @model containment="true"
	 * @generated
	 */
	EList<Event> getEvents();

} // ClusterState
