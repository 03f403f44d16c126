/**
 */
package flotilla.observed.impl;

import flotilla.model.Cluster;

import flotilla.model.impl.ElementImpl;

import flotilla.observed.ClusterState;
import flotilla.observed.Event;
import flotilla.observed.NetworkInstance;
import flotilla.observed.NodeStatus;
import flotilla.observed.ObservedPackage;
import flotilla.observed.Task;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cluster State</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link flotilla.observed.impl.ClusterStateImpl#getCluster <em>Cluster</em>}</li>
 *   <li>{@link flotilla.observed.impl.ClusterStateImpl#getTime <em>Time</em>}</li>
 *   <li>{@link flotilla.observed.impl.ClusterStateImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link flotilla.observed.impl.ClusterStateImpl#getTasks <em>Tasks</em>}</li>
 *   <li>{@link flotilla.observed.impl.ClusterStateImpl#getNetworkInstances <em>Network Instances</em>}</li>
 *   <li>{@link flotilla.observed.impl.ClusterStateImpl#getEvents <em>Events</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClusterStateImpl extends ElementImpl implements ClusterState {
	/**
	 * The cached value of the '{@link #getCluster() <em>Cluster</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCluster()
	 * @generated
	 * @ordered
	 */
	protected Cluster cluster;

	/**
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final long TIME_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected long time = TIME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeStatus> nodes;

	/**
	 * The cached value of the '{@link #getTasks() <em>Tasks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTasks()
	 * @generated
	 * @ordered
	 */
	protected EList<Task> tasks;

	/**
	 * The cached value of the '{@link #getNetworkInstances() <em>Network Instances</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworkInstances()
	 * @generated
	 * @ordered
	 */
	protected EList<NetworkInstance> networkInstances;

	/**
	 * The cached value of the '{@link #getEvents() <em>Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<Event> events;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClusterStateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ObservedPackage.Literals.CLUSTER_STATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cluster getCluster() {
		if (cluster != null && cluster.eIsProxy()) {
			InternalEObject oldCluster = (InternalEObject)cluster;
			cluster = (Cluster)eResolveProxy(oldCluster);
			if (cluster != oldCluster) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ObservedPackage.CLUSTER_STATE__CLUSTER, oldCluster, cluster));
			}
		}
		return cluster;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Cluster basicGetCluster() {
		return cluster;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCluster(Cluster newCluster) {
		Cluster oldCluster = cluster;
		cluster = newCluster;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ObservedPackage.CLUSTER_STATE__CLUSTER, oldCluster, cluster));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(long newTime) {
		long oldTime = time;
		time = newTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ObservedPackage.CLUSTER_STATE__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeStatus> getNodes() {
		if (nodes == null) {
			nodes = new EObjectContainmentEList<NodeStatus>(NodeStatus.class, this, ObservedPackage.CLUSTER_STATE__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Task> getTasks() {
		if (tasks == null) {
			tasks = new EObjectContainmentEList<Task>(Task.class, this, ObservedPackage.CLUSTER_STATE__TASKS);
		}
		return tasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetworkInstance> getNetworkInstances() {
		if (networkInstances == null) {
			networkInstances = new EObjectContainmentEList<NetworkInstance>(NetworkInstance.class, this, ObservedPackage.CLUSTER_STATE__NETWORK_INSTANCES);
		}
		return networkInstances;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Event> getEvents() {
		if (events == null) {
			events = new EObjectContainmentEList<Event>(Event.class, this, ObservedPackage.CLUSTER_STATE__EVENTS);
		}
		return events;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ObservedPackage.CLUSTER_STATE__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case ObservedPackage.CLUSTER_STATE__TASKS:
				return ((InternalEList<?>)getTasks()).basicRemove(otherEnd, msgs);
			case ObservedPackage.CLUSTER_STATE__NETWORK_INSTANCES:
				return ((InternalEList<?>)getNetworkInstances()).basicRemove(otherEnd, msgs);
			case ObservedPackage.CLUSTER_STATE__EVENTS:
				return ((InternalEList<?>)getEvents()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ObservedPackage.CLUSTER_STATE__CLUSTER:
				if (resolve) return getCluster();
				return basicGetCluster();
			case ObservedPackage.CLUSTER_STATE__TIME:
				return getTime();
			case ObservedPackage.CLUSTER_STATE__NODES:
				return getNodes();
			case ObservedPackage.CLUSTER_STATE__TASKS:
				return getTasks();
			case ObservedPackage.CLUSTER_STATE__NETWORK_INSTANCES:
				return getNetworkInstances();
			case ObservedPackage.CLUSTER_STATE__EVENTS:
				return getEvents();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ObservedPackage.CLUSTER_STATE__CLUSTER:
				setCluster((Cluster)newValue);
				return;
			case ObservedPackage.CLUSTER_STATE__TIME:
				setTime((Long)newValue);
				return;
			case ObservedPackage.CLUSTER_STATE__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends NodeStatus>)newValue);
				return;
			case ObservedPackage.CLUSTER_STATE__TASKS:
				getTasks().clear();
				getTasks().addAll((Collection<? extends Task>)newValue);
				return;
			case ObservedPackage.CLUSTER_STATE__NETWORK_INSTANCES:
				getNetworkInstances().clear();
				getNetworkInstances().addAll((Collection<? extends NetworkInstance>)newValue);
				return;
			case ObservedPackage.CLUSTER_STATE__EVENTS:
				getEvents().clear();
				getEvents().addAll((Collection<? extends Event>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ObservedPackage.CLUSTER_STATE__CLUSTER:
				setCluster((Cluster)null);
				return;
			case ObservedPackage.CLUSTER_STATE__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case ObservedPackage.CLUSTER_STATE__NODES:
				getNodes().clear();
				return;
			case ObservedPackage.CLUSTER_STATE__TASKS:
				getTasks().clear();
				return;
			case ObservedPackage.CLUSTER_STATE__NETWORK_INSTANCES:
				getNetworkInstances().clear();
				return;
			case ObservedPackage.CLUSTER_STATE__EVENTS:
				getEvents().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ObservedPackage.CLUSTER_STATE__CLUSTER:
				return cluster != null;
			case ObservedPackage.CLUSTER_STATE__TIME:
				return time != TIME_EDEFAULT;
			case ObservedPackage.CLUSTER_STATE__NODES:
				return nodes != null && !nodes.isEmpty();
			case ObservedPackage.CLUSTER_STATE__TASKS:
				return tasks != null && !tasks.isEmpty();
			case ObservedPackage.CLUSTER_STATE__NETWORK_INSTANCES:
				return networkInstances != null && !networkInstances.isEmpty();
			case ObservedPackage.CLUSTER_STATE__EVENTS:
				return events != null && !events.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (time: ");
		result.append(time);
		result.append(')');
		return result.toString();
	}

} //ClusterStateImpl
