/**
 */
package flotilla.observed;

import flotilla.model.ModelPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What the engine (simulated or real) reports about a cluster: kept apart from the desired state, in its own resource, so saving a model never saves it by accident.
 * Times are nanoseconds since the Unix epoch.
 * <!-- end-model-doc -->
 * @see flotilla.observed.ObservedFactory
 * @model kind="package"
 * @generated
 */
public interface ObservedPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "observed";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://flotilla.dev/observed/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "observed";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ObservedPackage eINSTANCE = flotilla.observed.impl.ObservedPackageImpl.init();

	/**
	 * The meta object id for the '{@link flotilla.observed.impl.ClusterStateImpl <em>Cluster State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.observed.impl.ClusterStateImpl
	 * @see flotilla.observed.impl.ObservedPackageImpl#getClusterState()
	 * @generated
	 */
	int CLUSTER_STATE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_STATE__ID = ModelPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Cluster</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_STATE__CLUSTER = ModelPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_STATE__TIME = ModelPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_STATE__NODES = ModelPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_STATE__TASKS = ModelPackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Network Instances</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_STATE__NETWORK_INSTANCES = ModelPackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_STATE__EVENTS = ModelPackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Cluster State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_STATE_FEATURE_COUNT = ModelPackage.ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Cluster State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_STATE_OPERATION_COUNT = ModelPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.observed.impl.NodeStatusImpl <em>Node Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.observed.impl.NodeStatusImpl
	 * @see flotilla.observed.impl.ObservedPackageImpl#getNodeStatus()
	 * @generated
	 */
	int NODE_STATUS = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATUS__ID = ModelPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATUS__NODE = ModelPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATUS__STATE = ModelPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Leader</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATUS__LEADER = ModelPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATUS__MESSAGE = ModelPackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Node Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATUS_FEATURE_COUNT = ModelPackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Node Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATUS_OPERATION_COUNT = ModelPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.observed.impl.TaskImpl <em>Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.observed.impl.TaskImpl
	 * @see flotilla.observed.impl.ObservedPackageImpl#getTask()
	 * @generated
	 */
	int TASK = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__ID = ModelPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Service</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__SERVICE = ModelPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__SLOT = ModelPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__NODE = ModelPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Desired State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__DESIRED_STATE = ModelPackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Current State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__CURRENT_STATE = ModelPackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__ERROR = ModelPackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Container Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__CONTAINER_ID = ModelPackage.ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__ATTACHMENTS = ModelPackage.ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_FEATURE_COUNT = ModelPackage.ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_OPERATION_COUNT = ModelPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.observed.impl.TaskAttachmentImpl <em>Task Attachment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.observed.impl.TaskAttachmentImpl
	 * @see flotilla.observed.impl.ObservedPackageImpl#getTaskAttachment()
	 * @generated
	 */
	int TASK_ATTACHMENT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_ATTACHMENT__ID = ModelPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Network</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_ATTACHMENT__NETWORK = ModelPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_ATTACHMENT__ADDRESSES = ModelPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Task Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_ATTACHMENT_FEATURE_COUNT = ModelPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Task Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_ATTACHMENT_OPERATION_COUNT = ModelPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.observed.impl.NetworkInstanceImpl <em>Network Instance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.observed.impl.NetworkInstanceImpl
	 * @see flotilla.observed.impl.ObservedPackageImpl#getNetworkInstance()
	 * @generated
	 */
	int NETWORK_INSTANCE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INSTANCE__ID = ModelPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Network</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INSTANCE__NETWORK = ModelPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INSTANCE__NODE = ModelPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Network Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INSTANCE_FEATURE_COUNT = ModelPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Network Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INSTANCE_OPERATION_COUNT = ModelPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.observed.impl.EventImpl <em>Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.observed.impl.EventImpl
	 * @see flotilla.observed.impl.ObservedPackageImpl#getEvent()
	 * @generated
	 */
	int EVENT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__ID = ModelPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__TIME = ModelPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__KIND = ModelPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__ACTION = ModelPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__SUBJECT = ModelPackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__MESSAGE = ModelPackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_FEATURE_COUNT = ModelPackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_OPERATION_COUNT = ModelPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.observed.TaskState <em>Task State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.observed.TaskState
	 * @see flotilla.observed.impl.ObservedPackageImpl#getTaskState()
	 * @generated
	 */
	int TASK_STATE = 6;

	/**
	 * The meta object id for the '{@link flotilla.observed.NodeState <em>Node State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.observed.NodeState
	 * @see flotilla.observed.impl.ObservedPackageImpl#getNodeState()
	 * @generated
	 */
	int NODE_STATE = 7;

	/**
	 * The meta object id for the '{@link flotilla.observed.EventKind <em>Event Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.observed.EventKind
	 * @see flotilla.observed.impl.ObservedPackageImpl#getEventKind()
	 * @generated
	 */
	int EVENT_KIND = 8;


	/**
	 * Returns the meta object for class '{@link flotilla.observed.ClusterState <em>Cluster State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cluster State</em>'.
	 * @see flotilla.observed.ClusterState
	 * @generated
	 */
	EClass getClusterState();

	/**
	 * Returns the meta object for the reference '{@link flotilla.observed.ClusterState#getCluster <em>Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cluster</em>'.
	 * @see flotilla.observed.ClusterState#getCluster()
	 * @see #getClusterState()
	 * @generated
	 */
	EReference getClusterState_Cluster();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.observed.ClusterState#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see flotilla.observed.ClusterState#getTime()
	 * @see #getClusterState()
	 * @generated
	 */
	EAttribute getClusterState_Time();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.observed.ClusterState#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see flotilla.observed.ClusterState#getNodes()
	 * @see #getClusterState()
	 * @generated
	 */
	EReference getClusterState_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.observed.ClusterState#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tasks</em>'.
	 * @see flotilla.observed.ClusterState#getTasks()
	 * @see #getClusterState()
	 * @generated
	 */
	EReference getClusterState_Tasks();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.observed.ClusterState#getNetworkInstances <em>Network Instances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Network Instances</em>'.
	 * @see flotilla.observed.ClusterState#getNetworkInstances()
	 * @see #getClusterState()
	 * @generated
	 */
	EReference getClusterState_NetworkInstances();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.observed.ClusterState#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Events</em>'.
	 * @see flotilla.observed.ClusterState#getEvents()
	 * @see #getClusterState()
	 * @generated
	 */
	EReference getClusterState_Events();

	/**
	 * Returns the meta object for class '{@link flotilla.observed.NodeStatus <em>Node Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Status</em>'.
	 * @see flotilla.observed.NodeStatus
	 * @generated
	 */
	EClass getNodeStatus();

	/**
	 * Returns the meta object for the reference '{@link flotilla.observed.NodeStatus#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Node</em>'.
	 * @see flotilla.observed.NodeStatus#getNode()
	 * @see #getNodeStatus()
	 * @generated
	 */
	EReference getNodeStatus_Node();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.observed.NodeStatus#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see flotilla.observed.NodeStatus#getState()
	 * @see #getNodeStatus()
	 * @generated
	 */
	EAttribute getNodeStatus_State();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.observed.NodeStatus#isLeader <em>Leader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leader</em>'.
	 * @see flotilla.observed.NodeStatus#isLeader()
	 * @see #getNodeStatus()
	 * @generated
	 */
	EAttribute getNodeStatus_Leader();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.observed.NodeStatus#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see flotilla.observed.NodeStatus#getMessage()
	 * @see #getNodeStatus()
	 * @generated
	 */
	EAttribute getNodeStatus_Message();

	/**
	 * Returns the meta object for class '{@link flotilla.observed.Task <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task</em>'.
	 * @see flotilla.observed.Task
	 * @generated
	 */
	EClass getTask();

	/**
	 * Returns the meta object for the reference '{@link flotilla.observed.Task#getService <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Service</em>'.
	 * @see flotilla.observed.Task#getService()
	 * @see #getTask()
	 * @generated
	 */
	EReference getTask_Service();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.observed.Task#getSlot <em>Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot</em>'.
	 * @see flotilla.observed.Task#getSlot()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Slot();

	/**
	 * Returns the meta object for the reference '{@link flotilla.observed.Task#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Node</em>'.
	 * @see flotilla.observed.Task#getNode()
	 * @see #getTask()
	 * @generated
	 */
	EReference getTask_Node();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.observed.Task#getDesiredState <em>Desired State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Desired State</em>'.
	 * @see flotilla.observed.Task#getDesiredState()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_DesiredState();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.observed.Task#getCurrentState <em>Current State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current State</em>'.
	 * @see flotilla.observed.Task#getCurrentState()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_CurrentState();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.observed.Task#getError <em>Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error</em>'.
	 * @see flotilla.observed.Task#getError()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Error();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.observed.Task#getContainerId <em>Container Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Container Id</em>'.
	 * @see flotilla.observed.Task#getContainerId()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_ContainerId();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.observed.Task#getAttachments <em>Attachments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attachments</em>'.
	 * @see flotilla.observed.Task#getAttachments()
	 * @see #getTask()
	 * @generated
	 */
	EReference getTask_Attachments();

	/**
	 * Returns the meta object for class '{@link flotilla.observed.TaskAttachment <em>Task Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task Attachment</em>'.
	 * @see flotilla.observed.TaskAttachment
	 * @generated
	 */
	EClass getTaskAttachment();

	/**
	 * Returns the meta object for the reference '{@link flotilla.observed.TaskAttachment#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Network</em>'.
	 * @see flotilla.observed.TaskAttachment#getNetwork()
	 * @see #getTaskAttachment()
	 * @generated
	 */
	EReference getTaskAttachment_Network();

	/**
	 * Returns the meta object for the attribute list '{@link flotilla.observed.TaskAttachment#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Addresses</em>'.
	 * @see flotilla.observed.TaskAttachment#getAddresses()
	 * @see #getTaskAttachment()
	 * @generated
	 */
	EAttribute getTaskAttachment_Addresses();

	/**
	 * Returns the meta object for class '{@link flotilla.observed.NetworkInstance <em>Network Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Instance</em>'.
	 * @see flotilla.observed.NetworkInstance
	 * @generated
	 */
	EClass getNetworkInstance();

	/**
	 * Returns the meta object for the reference '{@link flotilla.observed.NetworkInstance#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Network</em>'.
	 * @see flotilla.observed.NetworkInstance#getNetwork()
	 * @see #getNetworkInstance()
	 * @generated
	 */
	EReference getNetworkInstance_Network();

	/**
	 * Returns the meta object for the reference '{@link flotilla.observed.NetworkInstance#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Node</em>'.
	 * @see flotilla.observed.NetworkInstance#getNode()
	 * @see #getNetworkInstance()
	 * @generated
	 */
	EReference getNetworkInstance_Node();

	/**
	 * Returns the meta object for class '{@link flotilla.observed.Event <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Event</em>'.
	 * @see flotilla.observed.Event
	 * @generated
	 */
	EClass getEvent();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.observed.Event#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see flotilla.observed.Event#getTime()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_Time();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.observed.Event#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see flotilla.observed.Event#getKind()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.observed.Event#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see flotilla.observed.Event#getAction()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_Action();

	/**
	 * Returns the meta object for the reference '{@link flotilla.observed.Event#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subject</em>'.
	 * @see flotilla.observed.Event#getSubject()
	 * @see #getEvent()
	 * @generated
	 */
	EReference getEvent_Subject();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.observed.Event#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see flotilla.observed.Event#getMessage()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_Message();

	/**
	 * Returns the meta object for enum '{@link flotilla.observed.TaskState <em>Task State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Task State</em>'.
	 * @see flotilla.observed.TaskState
	 * @generated
	 */
	EEnum getTaskState();

	/**
	 * Returns the meta object for enum '{@link flotilla.observed.NodeState <em>Node State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Node State</em>'.
	 * @see flotilla.observed.NodeState
	 * @generated
	 */
	EEnum getNodeState();

	/**
	 * Returns the meta object for enum '{@link flotilla.observed.EventKind <em>Event Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Event Kind</em>'.
	 * @see flotilla.observed.EventKind
	 * @generated
	 */
	EEnum getEventKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ObservedFactory getObservedFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link flotilla.observed.impl.ClusterStateImpl <em>Cluster State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.observed.impl.ClusterStateImpl
		 * @see flotilla.observed.impl.ObservedPackageImpl#getClusterState()
		 * @generated
		 */
		EClass CLUSTER_STATE = eINSTANCE.getClusterState();

		/**
		 * The meta object literal for the '<em><b>Cluster</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_STATE__CLUSTER = eINSTANCE.getClusterState_Cluster();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER_STATE__TIME = eINSTANCE.getClusterState_Time();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_STATE__NODES = eINSTANCE.getClusterState_Nodes();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_STATE__TASKS = eINSTANCE.getClusterState_Tasks();

		/**
		 * The meta object literal for the '<em><b>Network Instances</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_STATE__NETWORK_INSTANCES = eINSTANCE.getClusterState_NetworkInstances();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER_STATE__EVENTS = eINSTANCE.getClusterState_Events();

		/**
		 * The meta object literal for the '{@link flotilla.observed.impl.NodeStatusImpl <em>Node Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.observed.impl.NodeStatusImpl
		 * @see flotilla.observed.impl.ObservedPackageImpl#getNodeStatus()
		 * @generated
		 */
		EClass NODE_STATUS = eINSTANCE.getNodeStatus();

		/**
		 * The meta object literal for the '<em><b>Node</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_STATUS__NODE = eINSTANCE.getNodeStatus_Node();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STATUS__STATE = eINSTANCE.getNodeStatus_State();

		/**
		 * The meta object literal for the '<em><b>Leader</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STATUS__LEADER = eINSTANCE.getNodeStatus_Leader();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STATUS__MESSAGE = eINSTANCE.getNodeStatus_Message();

		/**
		 * The meta object literal for the '{@link flotilla.observed.impl.TaskImpl <em>Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.observed.impl.TaskImpl
		 * @see flotilla.observed.impl.ObservedPackageImpl#getTask()
		 * @generated
		 */
		EClass TASK = eINSTANCE.getTask();

		/**
		 * The meta object literal for the '<em><b>Service</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK__SERVICE = eINSTANCE.getTask_Service();

		/**
		 * The meta object literal for the '<em><b>Slot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__SLOT = eINSTANCE.getTask_Slot();

		/**
		 * The meta object literal for the '<em><b>Node</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK__NODE = eINSTANCE.getTask_Node();

		/**
		 * The meta object literal for the '<em><b>Desired State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__DESIRED_STATE = eINSTANCE.getTask_DesiredState();

		/**
		 * The meta object literal for the '<em><b>Current State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__CURRENT_STATE = eINSTANCE.getTask_CurrentState();

		/**
		 * The meta object literal for the '<em><b>Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__ERROR = eINSTANCE.getTask_Error();

		/**
		 * The meta object literal for the '<em><b>Container Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__CONTAINER_ID = eINSTANCE.getTask_ContainerId();

		/**
		 * The meta object literal for the '<em><b>Attachments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK__ATTACHMENTS = eINSTANCE.getTask_Attachments();

		/**
		 * The meta object literal for the '{@link flotilla.observed.impl.TaskAttachmentImpl <em>Task Attachment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.observed.impl.TaskAttachmentImpl
		 * @see flotilla.observed.impl.ObservedPackageImpl#getTaskAttachment()
		 * @generated
		 */
		EClass TASK_ATTACHMENT = eINSTANCE.getTaskAttachment();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK_ATTACHMENT__NETWORK = eINSTANCE.getTaskAttachment_Network();

		/**
		 * The meta object literal for the '<em><b>Addresses</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_ATTACHMENT__ADDRESSES = eINSTANCE.getTaskAttachment_Addresses();

		/**
		 * The meta object literal for the '{@link flotilla.observed.impl.NetworkInstanceImpl <em>Network Instance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.observed.impl.NetworkInstanceImpl
		 * @see flotilla.observed.impl.ObservedPackageImpl#getNetworkInstance()
		 * @generated
		 */
		EClass NETWORK_INSTANCE = eINSTANCE.getNetworkInstance();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_INSTANCE__NETWORK = eINSTANCE.getNetworkInstance_Network();

		/**
		 * The meta object literal for the '<em><b>Node</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_INSTANCE__NODE = eINSTANCE.getNetworkInstance_Node();

		/**
		 * The meta object literal for the '{@link flotilla.observed.impl.EventImpl <em>Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.observed.impl.EventImpl
		 * @see flotilla.observed.impl.ObservedPackageImpl#getEvent()
		 * @generated
		 */
		EClass EVENT = eINSTANCE.getEvent();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__TIME = eINSTANCE.getEvent_Time();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__KIND = eINSTANCE.getEvent_Kind();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__ACTION = eINSTANCE.getEvent_Action();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT__SUBJECT = eINSTANCE.getEvent_Subject();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__MESSAGE = eINSTANCE.getEvent_Message();

		/**
		 * The meta object literal for the '{@link flotilla.observed.TaskState <em>Task State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.observed.TaskState
		 * @see flotilla.observed.impl.ObservedPackageImpl#getTaskState()
		 * @generated
		 */
		EEnum TASK_STATE = eINSTANCE.getTaskState();

		/**
		 * The meta object literal for the '{@link flotilla.observed.NodeState <em>Node State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.observed.NodeState
		 * @see flotilla.observed.impl.ObservedPackageImpl#getNodeState()
		 * @generated
		 */
		EEnum NODE_STATE = eINSTANCE.getNodeState();

		/**
		 * The meta object literal for the '{@link flotilla.observed.EventKind <em>Event Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.observed.EventKind
		 * @see flotilla.observed.impl.ObservedPackageImpl#getEventKind()
		 * @generated
		 */
		EEnum EVENT_KIND = eINSTANCE.getEventKind();

	}

} //ObservedPackage
