/**
 */
package flotilla.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
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
 * The desired state of a Docker Swarm cluster, as a user models it and saves it in a .flotilla file.
 * Durations are in nanoseconds, memory in bytes and CPUs in nano-CPUs (10^9 = one CPU), as in the Engine API.
 * <!-- end-model-doc -->
 * @see flotilla.model.ModelFactory
 * @model kind="package"
 * @generated
 */
public interface ModelPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://flotilla.dev/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "flotilla";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelPackage eINSTANCE = flotilla.model.impl.ModelPackageImpl.init();

	/**
	 * The meta object id for the '{@link flotilla.model.impl.ElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.ElementImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getElement()
	 * @generated
	 */
	int ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__ID = 0;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.NamedElementImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.ClusterImpl <em>Cluster</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.ClusterImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getCluster()
	 * @generated
	 */
	int CLUSTER = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Address Pools</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__ADDRESS_POOLS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Subnet Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__SUBNET_SIZE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__NODES = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Networks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__NETWORKS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Services</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__SERVICES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Stacks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__STACKS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Secrets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__SECRETS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Configs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__CONFIGS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Volumes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__VOLUMES = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>All Services</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER___ALL_SERVICES = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>All Networks</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER___ALL_NETWORKS = NAMED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.LabelImpl <em>Label</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.LabelImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getLabel()
	 * @generated
	 */
	int LABEL = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__KEY = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__VALUE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.NodeImpl <em>Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.NodeImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getNode()
	 * @generated
	 */
	int NODE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__HOSTNAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__ROLE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Availability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__AVAILABILITY = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__LABELS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Engine Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__ENGINE_LABELS = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Os</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__OS = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Arch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__ARCH = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__RESOURCES = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__ADDRESS = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Engine</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__ENGINE = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.EngineEndpointImpl <em>Engine Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.EngineEndpointImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getEngineEndpoint()
	 * @generated
	 */
	int ENGINE_ENDPOINT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_ENDPOINT__ID = ELEMENT__ID;

	/**
	 * The number of structural features of the '<em>Engine Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_ENDPOINT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Engine Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_ENDPOINT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.UnixSocketEndpointImpl <em>Unix Socket Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.UnixSocketEndpointImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getUnixSocketEndpoint()
	 * @generated
	 */
	int UNIX_SOCKET_ENDPOINT = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIX_SOCKET_ENDPOINT__ID = ENGINE_ENDPOINT__ID;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIX_SOCKET_ENDPOINT__PATH = ENGINE_ENDPOINT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Unix Socket Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIX_SOCKET_ENDPOINT_FEATURE_COUNT = ENGINE_ENDPOINT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Unix Socket Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIX_SOCKET_ENDPOINT_OPERATION_COUNT = ENGINE_ENDPOINT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.TcpEndpointImpl <em>Tcp Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.TcpEndpointImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getTcpEndpoint()
	 * @generated
	 */
	int TCP_ENDPOINT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ENDPOINT__ID = ENGINE_ENDPOINT__ID;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ENDPOINT__HOST = ENGINE_ENDPOINT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ENDPOINT__PORT = ENGINE_ENDPOINT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ENDPOINT__TLS = ENGINE_ENDPOINT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Ca Cert Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ENDPOINT__CA_CERT_PATH = ENGINE_ENDPOINT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Cert Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ENDPOINT__CERT_PATH = ENGINE_ENDPOINT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Key Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ENDPOINT__KEY_PATH = ENGINE_ENDPOINT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Tcp Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ENDPOINT_FEATURE_COUNT = ENGINE_ENDPOINT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Tcp Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ENDPOINT_OPERATION_COUNT = ENGINE_ENDPOINT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.SshEndpointImpl <em>Ssh Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.SshEndpointImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getSshEndpoint()
	 * @generated
	 */
	int SSH_ENDPOINT = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSH_ENDPOINT__ID = ENGINE_ENDPOINT__ID;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSH_ENDPOINT__USER = ENGINE_ENDPOINT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSH_ENDPOINT__HOST = ENGINE_ENDPOINT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSH_ENDPOINT__PORT = ENGINE_ENDPOINT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Identity File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSH_ENDPOINT__IDENTITY_FILE = ENGINE_ENDPOINT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Ssh Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSH_ENDPOINT_FEATURE_COUNT = ENGINE_ENDPOINT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Ssh Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSH_ENDPOINT_OPERATION_COUNT = ENGINE_ENDPOINT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.ResourcesImpl <em>Resources</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.ResourcesImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getResources()
	 * @generated
	 */
	int RESOURCES = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCES__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Nano CP Us</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCES__NANO_CP_US = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Memory Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCES__MEMORY_BYTES = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Pids</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCES__PIDS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Generic Resources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCES__GENERIC_RESOURCES = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Resources</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCES_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Resources</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCES_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.StackImpl <em>Stack</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.StackImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getStack()
	 * @generated
	 */
	int STACK = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Services</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK__SERVICES = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Networks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK__NETWORKS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Volumes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK__VOLUMES = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Stack</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Stack</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.ServiceImpl <em>Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.ServiceImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getService()
	 * @generated
	 */
	int SERVICE = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__IMAGE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Command</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__COMMAND = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Args</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ARGS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Env</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ENV = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__LABELS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__MODE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__REPLICAS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__PORTS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Networks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__NETWORKS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Endpoint Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ENDPOINT_MODE = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Constraints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__CONSTRAINTS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Preferences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__PREFERENCES = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Max Replicas Per Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__MAX_REPLICAS_PER_NODE = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Reservations</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__RESERVATIONS = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Limits</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__LIMITS = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Restart Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__RESTART_POLICY = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Update Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__UPDATE_CONFIG = NAMED_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Rollback Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ROLLBACK_CONFIG = NAMED_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Healthcheck</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__HEALTHCHECK = NAMED_ELEMENT_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Mounts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__MOUNTS = NAMED_ELEMENT_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Secrets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__SECRETS = NAMED_ELEMENT_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Configs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__CONFIGS = NAMED_ELEMENT_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__HOSTNAME = NAMED_ELEMENT_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__USER = NAMED_ELEMENT_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Working Dir</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__WORKING_DIR = NAMED_ELEMENT_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Stop Signal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__STOP_SIGNAL = NAMED_ELEMENT_FEATURE_COUNT + 25;

	/**
	 * The feature id for the '<em><b>Stop Grace Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__STOP_GRACE_PERIOD = NAMED_ELEMENT_FEATURE_COUNT + 26;

	/**
	 * The feature id for the '<em><b>Tty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__TTY = NAMED_ELEMENT_FEATURE_COUNT + 27;

	/**
	 * The feature id for the '<em><b>Open Stdin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__OPEN_STDIN = NAMED_ELEMENT_FEATURE_COUNT + 28;

	/**
	 * The feature id for the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__READ_ONLY = NAMED_ELEMENT_FEATURE_COUNT + 29;

	/**
	 * The feature id for the '<em><b>Init</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__INIT = NAMED_ELEMENT_FEATURE_COUNT + 30;

	/**
	 * The feature id for the '<em><b>Isolation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ISOLATION = NAMED_ELEMENT_FEATURE_COUNT + 31;

	/**
	 * The feature id for the '<em><b>Oom Score Adj</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__OOM_SCORE_ADJ = NAMED_ELEMENT_FEATURE_COUNT + 32;

	/**
	 * The feature id for the '<em><b>Capability Add</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__CAPABILITY_ADD = NAMED_ELEMENT_FEATURE_COUNT + 33;

	/**
	 * The feature id for the '<em><b>Capability Drop</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__CAPABILITY_DROP = NAMED_ELEMENT_FEATURE_COUNT + 34;

	/**
	 * The feature id for the '<em><b>Sysctls</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__SYSCTLS = NAMED_ELEMENT_FEATURE_COUNT + 35;

	/**
	 * The feature id for the '<em><b>Ulimits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ULIMITS = NAMED_ELEMENT_FEATURE_COUNT + 36;

	/**
	 * The feature id for the '<em><b>Dns Nameservers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__DNS_NAMESERVERS = NAMED_ELEMENT_FEATURE_COUNT + 37;

	/**
	 * The feature id for the '<em><b>Dns Search</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__DNS_SEARCH = NAMED_ELEMENT_FEATURE_COUNT + 38;

	/**
	 * The feature id for the '<em><b>Extra Hosts</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__EXTRA_HOSTS = NAMED_ELEMENT_FEATURE_COUNT + 39;

	/**
	 * The feature id for the '<em><b>Container Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__CONTAINER_LABELS = NAMED_ELEMENT_FEATURE_COUNT + 40;

	/**
	 * The feature id for the '<em><b>Log Driver</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__LOG_DRIVER = NAMED_ELEMENT_FEATURE_COUNT + 41;

	/**
	 * The feature id for the '<em><b>Credential Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__CREDENTIAL_SPEC = NAMED_ELEMENT_FEATURE_COUNT + 42;

	/**
	 * The number of structural features of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 43;

	/**
	 * The operation id for the '<em>Qualified Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE___QUALIFIED_NAME = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.PublishedPortImpl <em>Published Port</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.PublishedPortImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getPublishedPort()
	 * @generated
	 */
	int PUBLISHED_PORT = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISHED_PORT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISHED_PORT__TARGET = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISHED_PORT__PUBLISHED = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISHED_PORT__PROTOCOL = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISHED_PORT__MODE = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Published Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISHED_PORT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Published Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISHED_PORT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.NetworkAttachmentImpl <em>Network Attachment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.NetworkAttachmentImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getNetworkAttachment()
	 * @generated
	 */
	int NETWORK_ATTACHMENT = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_ATTACHMENT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Network</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_ATTACHMENT__NETWORK = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_ATTACHMENT__ALIASES = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Driver Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_ATTACHMENT__DRIVER_OPTIONS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Network Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_ATTACHMENT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Network Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_ATTACHMENT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.ConstraintImpl <em>Constraint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.ConstraintImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getConstraint()
	 * @generated
	 */
	int CONSTRAINT = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRAINT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRAINT__EXPRESSION = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRAINT__KEY = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRAINT__OPERATOR = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRAINT__VALUE = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Constraint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRAINT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Constraint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRAINT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.PlacementPreferenceImpl <em>Placement Preference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.PlacementPreferenceImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getPlacementPreference()
	 * @generated
	 */
	int PLACEMENT_PREFERENCE = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLACEMENT_PREFERENCE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Spread</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLACEMENT_PREFERENCE__SPREAD = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Placement Preference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLACEMENT_PREFERENCE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Placement Preference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLACEMENT_PREFERENCE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.RestartPolicyImpl <em>Restart Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.RestartPolicyImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getRestartPolicy()
	 * @generated
	 */
	int RESTART_POLICY = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESTART_POLICY__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESTART_POLICY__CONDITION = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Delay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESTART_POLICY__DELAY = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Max Attempts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESTART_POLICY__MAX_ATTEMPTS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Window</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESTART_POLICY__WINDOW = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Restart Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESTART_POLICY_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Restart Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESTART_POLICY_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.UpdateConfigImpl <em>Update Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.UpdateConfigImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getUpdateConfig()
	 * @generated
	 */
	int UPDATE_CONFIG = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CONFIG__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Parallelism</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CONFIG__PARALLELISM = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Delay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CONFIG__DELAY = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Failure Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CONFIG__FAILURE_ACTION = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Monitor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CONFIG__MONITOR = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Max Failure Ratio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CONFIG__MAX_FAILURE_RATIO = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CONFIG__ORDER = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Update Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CONFIG_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Update Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CONFIG_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.HealthcheckImpl <em>Healthcheck</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.HealthcheckImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getHealthcheck()
	 * @generated
	 */
	int HEALTHCHECK = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTHCHECK__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Test</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTHCHECK__TEST = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Interval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTHCHECK__INTERVAL = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTHCHECK__TIMEOUT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTHCHECK__START_PERIOD = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Retries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTHCHECK__RETRIES = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Start Interval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTHCHECK__START_INTERVAL = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Healthcheck</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTHCHECK_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Healthcheck</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTHCHECK_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.MountImpl <em>Mount</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.MountImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getMount()
	 * @generated
	 */
	int MOUNT = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOUNT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOUNT__TYPE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOUNT__SOURCE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOUNT__TARGET = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOUNT__READ_ONLY = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>No Copy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOUNT__NO_COPY = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Propagation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOUNT__PROPAGATION = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Tmpfs Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOUNT__TMPFS_SIZE = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Consistency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOUNT__CONSISTENCY = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Mount</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOUNT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Mount</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOUNT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.NetworkImpl <em>Network</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.NetworkImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getNetwork()
	 * @generated
	 */
	int NETWORK = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__DRIVER = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__SCOPE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Attachable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__ATTACHABLE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Internal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__INTERNAL = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Encrypted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__ENCRYPTED = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Ingress</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__INGRESS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Implicit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__IMPLICIT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Subnet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__SUBNET = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Gateway</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__GATEWAY = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>External</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__EXTERNAL = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Swarm Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__SWARM_NAME = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__LABELS = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Driver Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__DRIVER_OPTIONS = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Ipam Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__IPAM_DRIVER = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Ipam Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__IPAM_OPTIONS = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The operation id for the '<em>Qualified Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK___QUALIFIED_NAME = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.StoredDataImpl <em>Stored Data</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.StoredDataImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getStoredData()
	 * @generated
	 */
	int STORED_DATA = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_DATA__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_DATA__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_DATA__FILE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>External</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_DATA__EXTERNAL = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Swarm Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_DATA__SWARM_NAME = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_DATA__LABELS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_DATA__DRIVER = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Driver Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_DATA__DRIVER_OPTIONS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Template Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_DATA__TEMPLATE_DRIVER = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Stored Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_DATA_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The operation id for the '<em>Qualified Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_DATA___QUALIFIED_NAME = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Stored Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_DATA_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.SecretImpl <em>Secret</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.SecretImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getSecret()
	 * @generated
	 */
	int SECRET = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET__ID = STORED_DATA__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET__NAME = STORED_DATA__NAME;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET__FILE = STORED_DATA__FILE;

	/**
	 * The feature id for the '<em><b>External</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET__EXTERNAL = STORED_DATA__EXTERNAL;

	/**
	 * The feature id for the '<em><b>Swarm Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET__SWARM_NAME = STORED_DATA__SWARM_NAME;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET__LABELS = STORED_DATA__LABELS;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET__DRIVER = STORED_DATA__DRIVER;

	/**
	 * The feature id for the '<em><b>Driver Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET__DRIVER_OPTIONS = STORED_DATA__DRIVER_OPTIONS;

	/**
	 * The feature id for the '<em><b>Template Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET__TEMPLATE_DRIVER = STORED_DATA__TEMPLATE_DRIVER;

	/**
	 * The number of structural features of the '<em>Secret</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET_FEATURE_COUNT = STORED_DATA_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Qualified Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET___QUALIFIED_NAME = STORED_DATA___QUALIFIED_NAME;

	/**
	 * The number of operations of the '<em>Secret</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET_OPERATION_COUNT = STORED_DATA_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.ConfigImpl <em>Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.ConfigImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getConfig()
	 * @generated
	 */
	int CONFIG = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG__ID = STORED_DATA__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG__NAME = STORED_DATA__NAME;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG__FILE = STORED_DATA__FILE;

	/**
	 * The feature id for the '<em><b>External</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG__EXTERNAL = STORED_DATA__EXTERNAL;

	/**
	 * The feature id for the '<em><b>Swarm Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG__SWARM_NAME = STORED_DATA__SWARM_NAME;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG__LABELS = STORED_DATA__LABELS;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG__DRIVER = STORED_DATA__DRIVER;

	/**
	 * The feature id for the '<em><b>Driver Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG__DRIVER_OPTIONS = STORED_DATA__DRIVER_OPTIONS;

	/**
	 * The feature id for the '<em><b>Template Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG__TEMPLATE_DRIVER = STORED_DATA__TEMPLATE_DRIVER;

	/**
	 * The number of structural features of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG_FEATURE_COUNT = STORED_DATA_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Qualified Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG___QUALIFIED_NAME = STORED_DATA___QUALIFIED_NAME;

	/**
	 * The number of operations of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG_OPERATION_COUNT = STORED_DATA_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.DataReferenceImpl <em>Data Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.DataReferenceImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getDataReference()
	 * @generated
	 */
	int DATA_REFERENCE = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_REFERENCE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_REFERENCE__TARGET = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_REFERENCE__UID = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Gid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_REFERENCE__GID = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>File Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_REFERENCE__FILE_MODE = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Data Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_REFERENCE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Data Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_REFERENCE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.SecretReferenceImpl <em>Secret Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.SecretReferenceImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getSecretReference()
	 * @generated
	 */
	int SECRET_REFERENCE = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET_REFERENCE__ID = DATA_REFERENCE__ID;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET_REFERENCE__TARGET = DATA_REFERENCE__TARGET;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET_REFERENCE__UID = DATA_REFERENCE__UID;

	/**
	 * The feature id for the '<em><b>Gid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET_REFERENCE__GID = DATA_REFERENCE__GID;

	/**
	 * The feature id for the '<em><b>File Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET_REFERENCE__FILE_MODE = DATA_REFERENCE__FILE_MODE;

	/**
	 * The feature id for the '<em><b>Secret</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET_REFERENCE__SECRET = DATA_REFERENCE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Secret Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET_REFERENCE_FEATURE_COUNT = DATA_REFERENCE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Secret Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET_REFERENCE_OPERATION_COUNT = DATA_REFERENCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.ConfigReferenceImpl <em>Config Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.ConfigReferenceImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getConfigReference()
	 * @generated
	 */
	int CONFIG_REFERENCE = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG_REFERENCE__ID = DATA_REFERENCE__ID;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG_REFERENCE__TARGET = DATA_REFERENCE__TARGET;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG_REFERENCE__UID = DATA_REFERENCE__UID;

	/**
	 * The feature id for the '<em><b>Gid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG_REFERENCE__GID = DATA_REFERENCE__GID;

	/**
	 * The feature id for the '<em><b>File Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG_REFERENCE__FILE_MODE = DATA_REFERENCE__FILE_MODE;

	/**
	 * The feature id for the '<em><b>Config</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG_REFERENCE__CONFIG = DATA_REFERENCE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Config Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG_REFERENCE_FEATURE_COUNT = DATA_REFERENCE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Config Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG_REFERENCE_OPERATION_COUNT = DATA_REFERENCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.VolumeImpl <em>Volume</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.VolumeImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getVolume()
	 * @generated
	 */
	int VOLUME = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__DRIVER = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Driver Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__DRIVER_OPTIONS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__LABELS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>External</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__EXTERNAL = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Swarm Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__SWARM_NAME = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Volume</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Qualified Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME___QUALIFIED_NAME = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Volume</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.GenericResourceImpl <em>Generic Resource</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.GenericResourceImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getGenericResource()
	 * @generated
	 */
	int GENERIC_RESOURCE = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_RESOURCE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_RESOURCE__KIND = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_RESOURCE__VALUE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Generic Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_RESOURCE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Generic Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_RESOURCE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.UlimitImpl <em>Ulimit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.UlimitImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getUlimit()
	 * @generated
	 */
	int ULIMIT = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ULIMIT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ULIMIT__NAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Soft</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ULIMIT__SOFT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Hard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ULIMIT__HARD = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Ulimit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ULIMIT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Ulimit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ULIMIT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.LogDriverImpl <em>Log Driver</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.LogDriverImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getLogDriver()
	 * @generated
	 */
	int LOG_DRIVER = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_DRIVER__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_DRIVER__NAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_DRIVER__OPTIONS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Log Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_DRIVER_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Log Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_DRIVER_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.impl.CredentialSpecImpl <em>Credential Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.impl.CredentialSpecImpl
	 * @see flotilla.model.impl.ModelPackageImpl#getCredentialSpec()
	 * @generated
	 */
	int CREDENTIAL_SPEC = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREDENTIAL_SPEC__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Config</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREDENTIAL_SPEC__CONFIG = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREDENTIAL_SPEC__FILE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Registry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREDENTIAL_SPEC__REGISTRY = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Credential Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREDENTIAL_SPEC_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Credential Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREDENTIAL_SPEC_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link flotilla.model.NodeRole <em>Node Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.NodeRole
	 * @see flotilla.model.impl.ModelPackageImpl#getNodeRole()
	 * @generated
	 */
	int NODE_ROLE = 32;

	/**
	 * The meta object id for the '{@link flotilla.model.NodeAvailability <em>Node Availability</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.NodeAvailability
	 * @see flotilla.model.impl.ModelPackageImpl#getNodeAvailability()
	 * @generated
	 */
	int NODE_AVAILABILITY = 33;

	/**
	 * The meta object id for the '{@link flotilla.model.ServiceMode <em>Service Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.ServiceMode
	 * @see flotilla.model.impl.ModelPackageImpl#getServiceMode()
	 * @generated
	 */
	int SERVICE_MODE = 34;

	/**
	 * The meta object id for the '{@link flotilla.model.Protocol <em>Protocol</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.Protocol
	 * @see flotilla.model.impl.ModelPackageImpl#getProtocol()
	 * @generated
	 */
	int PROTOCOL = 35;

	/**
	 * The meta object id for the '{@link flotilla.model.PublishMode <em>Publish Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.PublishMode
	 * @see flotilla.model.impl.ModelPackageImpl#getPublishMode()
	 * @generated
	 */
	int PUBLISH_MODE = 36;

	/**
	 * The meta object id for the '{@link flotilla.model.EndpointMode <em>Endpoint Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.EndpointMode
	 * @see flotilla.model.impl.ModelPackageImpl#getEndpointMode()
	 * @generated
	 */
	int ENDPOINT_MODE = 37;

	/**
	 * The meta object id for the '{@link flotilla.model.ConstraintOperator <em>Constraint Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.ConstraintOperator
	 * @see flotilla.model.impl.ModelPackageImpl#getConstraintOperator()
	 * @generated
	 */
	int CONSTRAINT_OPERATOR = 38;

	/**
	 * The meta object id for the '{@link flotilla.model.RestartCondition <em>Restart Condition</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.RestartCondition
	 * @see flotilla.model.impl.ModelPackageImpl#getRestartCondition()
	 * @generated
	 */
	int RESTART_CONDITION = 39;

	/**
	 * The meta object id for the '{@link flotilla.model.FailureAction <em>Failure Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.FailureAction
	 * @see flotilla.model.impl.ModelPackageImpl#getFailureAction()
	 * @generated
	 */
	int FAILURE_ACTION = 40;

	/**
	 * The meta object id for the '{@link flotilla.model.UpdateOrder <em>Update Order</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.UpdateOrder
	 * @see flotilla.model.impl.ModelPackageImpl#getUpdateOrder()
	 * @generated
	 */
	int UPDATE_ORDER = 41;

	/**
	 * The meta object id for the '{@link flotilla.model.MountType <em>Mount Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.MountType
	 * @see flotilla.model.impl.ModelPackageImpl#getMountType()
	 * @generated
	 */
	int MOUNT_TYPE = 42;

	/**
	 * The meta object id for the '{@link flotilla.model.NetworkDriver <em>Network Driver</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.NetworkDriver
	 * @see flotilla.model.impl.ModelPackageImpl#getNetworkDriver()
	 * @generated
	 */
	int NETWORK_DRIVER = 43;

	/**
	 * The meta object id for the '{@link flotilla.model.NetworkScope <em>Network Scope</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see flotilla.model.NetworkScope
	 * @see flotilla.model.impl.ModelPackageImpl#getNetworkScope()
	 * @generated
	 */
	int NETWORK_SCOPE = 44;


	/**
	 * Returns the meta object for class '{@link flotilla.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see flotilla.model.Element
	 * @generated
	 */
	EClass getElement();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Element#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see flotilla.model.Element#getId()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Id();

	/**
	 * Returns the meta object for class '{@link flotilla.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see flotilla.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see flotilla.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for class '{@link flotilla.model.Cluster <em>Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cluster</em>'.
	 * @see flotilla.model.Cluster
	 * @generated
	 */
	EClass getCluster();

	/**
	 * Returns the meta object for the attribute list '{@link flotilla.model.Cluster#getAddressPools <em>Address Pools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Address Pools</em>'.
	 * @see flotilla.model.Cluster#getAddressPools()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_AddressPools();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Cluster#getSubnetSize <em>Subnet Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subnet Size</em>'.
	 * @see flotilla.model.Cluster#getSubnetSize()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_SubnetSize();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Cluster#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see flotilla.model.Cluster#getNodes()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Cluster#getNetworks <em>Networks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Networks</em>'.
	 * @see flotilla.model.Cluster#getNetworks()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Networks();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Cluster#getServices <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Services</em>'.
	 * @see flotilla.model.Cluster#getServices()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Services();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Cluster#getStacks <em>Stacks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stacks</em>'.
	 * @see flotilla.model.Cluster#getStacks()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Stacks();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Cluster#getSecrets <em>Secrets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Secrets</em>'.
	 * @see flotilla.model.Cluster#getSecrets()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Secrets();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Cluster#getConfigs <em>Configs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Configs</em>'.
	 * @see flotilla.model.Cluster#getConfigs()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Configs();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Cluster#getVolumes <em>Volumes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Volumes</em>'.
	 * @see flotilla.model.Cluster#getVolumes()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Volumes();

	/**
	 * Returns the meta object for the '{@link flotilla.model.Cluster#allServices() <em>All Services</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>All Services</em>' operation.
	 * @see flotilla.model.Cluster#allServices()
	 * @generated
	 */
	EOperation getCluster__AllServices();

	/**
	 * Returns the meta object for the '{@link flotilla.model.Cluster#allNetworks() <em>All Networks</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>All Networks</em>' operation.
	 * @see flotilla.model.Cluster#allNetworks()
	 * @generated
	 */
	EOperation getCluster__AllNetworks();

	/**
	 * Returns the meta object for class '{@link flotilla.model.Label <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label</em>'.
	 * @see flotilla.model.Label
	 * @generated
	 */
	EClass getLabel();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Label#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see flotilla.model.Label#getKey()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Key();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Label#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see flotilla.model.Label#getValue()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Value();

	/**
	 * Returns the meta object for class '{@link flotilla.model.Node <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node</em>'.
	 * @see flotilla.model.Node
	 * @generated
	 */
	EClass getNode();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Node#getHostname <em>Hostname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hostname</em>'.
	 * @see flotilla.model.Node#getHostname()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Hostname();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Node#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see flotilla.model.Node#getRole()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Role();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Node#getAvailability <em>Availability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Availability</em>'.
	 * @see flotilla.model.Node#getAvailability()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Availability();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Node#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Labels</em>'.
	 * @see flotilla.model.Node#getLabels()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Labels();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Node#getEngineLabels <em>Engine Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Engine Labels</em>'.
	 * @see flotilla.model.Node#getEngineLabels()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_EngineLabels();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Node#getOs <em>Os</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Os</em>'.
	 * @see flotilla.model.Node#getOs()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Os();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Node#getArch <em>Arch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arch</em>'.
	 * @see flotilla.model.Node#getArch()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Arch();

	/**
	 * Returns the meta object for the containment reference '{@link flotilla.model.Node#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Resources</em>'.
	 * @see flotilla.model.Node#getResources()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Resources();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Node#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see flotilla.model.Node#getAddress()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Address();

	/**
	 * Returns the meta object for the containment reference '{@link flotilla.model.Node#getEngine <em>Engine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Engine</em>'.
	 * @see flotilla.model.Node#getEngine()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Engine();

	/**
	 * Returns the meta object for class '{@link flotilla.model.EngineEndpoint <em>Engine Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Engine Endpoint</em>'.
	 * @see flotilla.model.EngineEndpoint
	 * @generated
	 */
	EClass getEngineEndpoint();

	/**
	 * Returns the meta object for class '{@link flotilla.model.UnixSocketEndpoint <em>Unix Socket Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unix Socket Endpoint</em>'.
	 * @see flotilla.model.UnixSocketEndpoint
	 * @generated
	 */
	EClass getUnixSocketEndpoint();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.UnixSocketEndpoint#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see flotilla.model.UnixSocketEndpoint#getPath()
	 * @see #getUnixSocketEndpoint()
	 * @generated
	 */
	EAttribute getUnixSocketEndpoint_Path();

	/**
	 * Returns the meta object for class '{@link flotilla.model.TcpEndpoint <em>Tcp Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tcp Endpoint</em>'.
	 * @see flotilla.model.TcpEndpoint
	 * @generated
	 */
	EClass getTcpEndpoint();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.TcpEndpoint#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see flotilla.model.TcpEndpoint#getHost()
	 * @see #getTcpEndpoint()
	 * @generated
	 */
	EAttribute getTcpEndpoint_Host();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.TcpEndpoint#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see flotilla.model.TcpEndpoint#getPort()
	 * @see #getTcpEndpoint()
	 * @generated
	 */
	EAttribute getTcpEndpoint_Port();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.TcpEndpoint#isTls <em>Tls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tls</em>'.
	 * @see flotilla.model.TcpEndpoint#isTls()
	 * @see #getTcpEndpoint()
	 * @generated
	 */
	EAttribute getTcpEndpoint_Tls();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.TcpEndpoint#getCaCertPath <em>Ca Cert Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ca Cert Path</em>'.
	 * @see flotilla.model.TcpEndpoint#getCaCertPath()
	 * @see #getTcpEndpoint()
	 * @generated
	 */
	EAttribute getTcpEndpoint_CaCertPath();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.TcpEndpoint#getCertPath <em>Cert Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cert Path</em>'.
	 * @see flotilla.model.TcpEndpoint#getCertPath()
	 * @see #getTcpEndpoint()
	 * @generated
	 */
	EAttribute getTcpEndpoint_CertPath();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.TcpEndpoint#getKeyPath <em>Key Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key Path</em>'.
	 * @see flotilla.model.TcpEndpoint#getKeyPath()
	 * @see #getTcpEndpoint()
	 * @generated
	 */
	EAttribute getTcpEndpoint_KeyPath();

	/**
	 * Returns the meta object for class '{@link flotilla.model.SshEndpoint <em>Ssh Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ssh Endpoint</em>'.
	 * @see flotilla.model.SshEndpoint
	 * @generated
	 */
	EClass getSshEndpoint();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.SshEndpoint#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see flotilla.model.SshEndpoint#getUser()
	 * @see #getSshEndpoint()
	 * @generated
	 */
	EAttribute getSshEndpoint_User();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.SshEndpoint#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see flotilla.model.SshEndpoint#getHost()
	 * @see #getSshEndpoint()
	 * @generated
	 */
	EAttribute getSshEndpoint_Host();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.SshEndpoint#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see flotilla.model.SshEndpoint#getPort()
	 * @see #getSshEndpoint()
	 * @generated
	 */
	EAttribute getSshEndpoint_Port();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.SshEndpoint#getIdentityFile <em>Identity File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identity File</em>'.
	 * @see flotilla.model.SshEndpoint#getIdentityFile()
	 * @see #getSshEndpoint()
	 * @generated
	 */
	EAttribute getSshEndpoint_IdentityFile();

	/**
	 * Returns the meta object for class '{@link flotilla.model.Resources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resources</em>'.
	 * @see flotilla.model.Resources
	 * @generated
	 */
	EClass getResources();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Resources#getNanoCPUs <em>Nano CP Us</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nano CP Us</em>'.
	 * @see flotilla.model.Resources#getNanoCPUs()
	 * @see #getResources()
	 * @generated
	 */
	EAttribute getResources_NanoCPUs();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Resources#getMemoryBytes <em>Memory Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Bytes</em>'.
	 * @see flotilla.model.Resources#getMemoryBytes()
	 * @see #getResources()
	 * @generated
	 */
	EAttribute getResources_MemoryBytes();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Resources#getPids <em>Pids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pids</em>'.
	 * @see flotilla.model.Resources#getPids()
	 * @see #getResources()
	 * @generated
	 */
	EAttribute getResources_Pids();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Resources#getGenericResources <em>Generic Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Generic Resources</em>'.
	 * @see flotilla.model.Resources#getGenericResources()
	 * @see #getResources()
	 * @generated
	 */
	EReference getResources_GenericResources();

	/**
	 * Returns the meta object for class '{@link flotilla.model.Stack <em>Stack</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stack</em>'.
	 * @see flotilla.model.Stack
	 * @generated
	 */
	EClass getStack();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Stack#getServices <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Services</em>'.
	 * @see flotilla.model.Stack#getServices()
	 * @see #getStack()
	 * @generated
	 */
	EReference getStack_Services();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Stack#getNetworks <em>Networks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Networks</em>'.
	 * @see flotilla.model.Stack#getNetworks()
	 * @see #getStack()
	 * @generated
	 */
	EReference getStack_Networks();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Stack#getVolumes <em>Volumes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Volumes</em>'.
	 * @see flotilla.model.Stack#getVolumes()
	 * @see #getStack()
	 * @generated
	 */
	EReference getStack_Volumes();

	/**
	 * Returns the meta object for class '{@link flotilla.model.Service <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service</em>'.
	 * @see flotilla.model.Service
	 * @generated
	 */
	EClass getService();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Service#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image</em>'.
	 * @see flotilla.model.Service#getImage()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Image();

	/**
	 * Returns the meta object for the attribute list '{@link flotilla.model.Service#getCommand <em>Command</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Command</em>'.
	 * @see flotilla.model.Service#getCommand()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Command();

	/**
	 * Returns the meta object for the attribute list '{@link flotilla.model.Service#getArgs <em>Args</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Args</em>'.
	 * @see flotilla.model.Service#getArgs()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Args();

	/**
	 * Returns the meta object for the attribute list '{@link flotilla.model.Service#getEnv <em>Env</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Env</em>'.
	 * @see flotilla.model.Service#getEnv()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Env();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Service#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Labels</em>'.
	 * @see flotilla.model.Service#getLabels()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Labels();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Service#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see flotilla.model.Service#getMode()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Mode();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Service#getReplicas <em>Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replicas</em>'.
	 * @see flotilla.model.Service#getReplicas()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Replicas();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Service#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ports</em>'.
	 * @see flotilla.model.Service#getPorts()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Ports();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Service#getNetworks <em>Networks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Networks</em>'.
	 * @see flotilla.model.Service#getNetworks()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Networks();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Service#getEndpointMode <em>Endpoint Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Endpoint Mode</em>'.
	 * @see flotilla.model.Service#getEndpointMode()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_EndpointMode();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Service#getConstraints <em>Constraints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Constraints</em>'.
	 * @see flotilla.model.Service#getConstraints()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Constraints();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Service#getPreferences <em>Preferences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Preferences</em>'.
	 * @see flotilla.model.Service#getPreferences()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Preferences();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Service#getMaxReplicasPerNode <em>Max Replicas Per Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Replicas Per Node</em>'.
	 * @see flotilla.model.Service#getMaxReplicasPerNode()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_MaxReplicasPerNode();

	/**
	 * Returns the meta object for the containment reference '{@link flotilla.model.Service#getReservations <em>Reservations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Reservations</em>'.
	 * @see flotilla.model.Service#getReservations()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Reservations();

	/**
	 * Returns the meta object for the containment reference '{@link flotilla.model.Service#getLimits <em>Limits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Limits</em>'.
	 * @see flotilla.model.Service#getLimits()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Limits();

	/**
	 * Returns the meta object for the containment reference '{@link flotilla.model.Service#getRestartPolicy <em>Restart Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Restart Policy</em>'.
	 * @see flotilla.model.Service#getRestartPolicy()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_RestartPolicy();

	/**
	 * Returns the meta object for the containment reference '{@link flotilla.model.Service#getUpdateConfig <em>Update Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Update Config</em>'.
	 * @see flotilla.model.Service#getUpdateConfig()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_UpdateConfig();

	/**
	 * Returns the meta object for the containment reference '{@link flotilla.model.Service#getRollbackConfig <em>Rollback Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rollback Config</em>'.
	 * @see flotilla.model.Service#getRollbackConfig()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_RollbackConfig();

	/**
	 * Returns the meta object for the containment reference '{@link flotilla.model.Service#getHealthcheck <em>Healthcheck</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Healthcheck</em>'.
	 * @see flotilla.model.Service#getHealthcheck()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Healthcheck();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Service#getMounts <em>Mounts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mounts</em>'.
	 * @see flotilla.model.Service#getMounts()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Mounts();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Service#getSecrets <em>Secrets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Secrets</em>'.
	 * @see flotilla.model.Service#getSecrets()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Secrets();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Service#getConfigs <em>Configs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Configs</em>'.
	 * @see flotilla.model.Service#getConfigs()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Configs();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Service#getHostname <em>Hostname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hostname</em>'.
	 * @see flotilla.model.Service#getHostname()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Hostname();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Service#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see flotilla.model.Service#getUser()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_User();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Service#getWorkingDir <em>Working Dir</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Working Dir</em>'.
	 * @see flotilla.model.Service#getWorkingDir()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_WorkingDir();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Service#getStopSignal <em>Stop Signal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stop Signal</em>'.
	 * @see flotilla.model.Service#getStopSignal()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_StopSignal();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Service#getStopGracePeriod <em>Stop Grace Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stop Grace Period</em>'.
	 * @see flotilla.model.Service#getStopGracePeriod()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_StopGracePeriod();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Service#isTty <em>Tty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tty</em>'.
	 * @see flotilla.model.Service#isTty()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Tty();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Service#isOpenStdin <em>Open Stdin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Open Stdin</em>'.
	 * @see flotilla.model.Service#isOpenStdin()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_OpenStdin();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Service#isReadOnly <em>Read Only</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Read Only</em>'.
	 * @see flotilla.model.Service#isReadOnly()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_ReadOnly();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Service#isInit <em>Init</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Init</em>'.
	 * @see flotilla.model.Service#isInit()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Init();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Service#getIsolation <em>Isolation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Isolation</em>'.
	 * @see flotilla.model.Service#getIsolation()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Isolation();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Service#getOomScoreAdj <em>Oom Score Adj</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Oom Score Adj</em>'.
	 * @see flotilla.model.Service#getOomScoreAdj()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_OomScoreAdj();

	/**
	 * Returns the meta object for the attribute list '{@link flotilla.model.Service#getCapabilityAdd <em>Capability Add</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Capability Add</em>'.
	 * @see flotilla.model.Service#getCapabilityAdd()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_CapabilityAdd();

	/**
	 * Returns the meta object for the attribute list '{@link flotilla.model.Service#getCapabilityDrop <em>Capability Drop</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Capability Drop</em>'.
	 * @see flotilla.model.Service#getCapabilityDrop()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_CapabilityDrop();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Service#getSysctls <em>Sysctls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sysctls</em>'.
	 * @see flotilla.model.Service#getSysctls()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Sysctls();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Service#getUlimits <em>Ulimits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ulimits</em>'.
	 * @see flotilla.model.Service#getUlimits()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Ulimits();

	/**
	 * Returns the meta object for the attribute list '{@link flotilla.model.Service#getDnsNameservers <em>Dns Nameservers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Dns Nameservers</em>'.
	 * @see flotilla.model.Service#getDnsNameservers()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_DnsNameservers();

	/**
	 * Returns the meta object for the attribute list '{@link flotilla.model.Service#getDnsSearch <em>Dns Search</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Dns Search</em>'.
	 * @see flotilla.model.Service#getDnsSearch()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_DnsSearch();

	/**
	 * Returns the meta object for the attribute list '{@link flotilla.model.Service#getExtraHosts <em>Extra Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Extra Hosts</em>'.
	 * @see flotilla.model.Service#getExtraHosts()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_ExtraHosts();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Service#getContainerLabels <em>Container Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Container Labels</em>'.
	 * @see flotilla.model.Service#getContainerLabels()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_ContainerLabels();

	/**
	 * Returns the meta object for the containment reference '{@link flotilla.model.Service#getLogDriver <em>Log Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Log Driver</em>'.
	 * @see flotilla.model.Service#getLogDriver()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_LogDriver();

	/**
	 * Returns the meta object for the containment reference '{@link flotilla.model.Service#getCredentialSpec <em>Credential Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Credential Spec</em>'.
	 * @see flotilla.model.Service#getCredentialSpec()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_CredentialSpec();

	/**
	 * Returns the meta object for the '{@link flotilla.model.Service#qualifiedName() <em>Qualified Name</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Qualified Name</em>' operation.
	 * @see flotilla.model.Service#qualifiedName()
	 * @generated
	 */
	EOperation getService__QualifiedName();

	/**
	 * Returns the meta object for class '{@link flotilla.model.PublishedPort <em>Published Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Published Port</em>'.
	 * @see flotilla.model.PublishedPort
	 * @generated
	 */
	EClass getPublishedPort();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.PublishedPort#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see flotilla.model.PublishedPort#getTarget()
	 * @see #getPublishedPort()
	 * @generated
	 */
	EAttribute getPublishedPort_Target();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.PublishedPort#getPublished <em>Published</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published</em>'.
	 * @see flotilla.model.PublishedPort#getPublished()
	 * @see #getPublishedPort()
	 * @generated
	 */
	EAttribute getPublishedPort_Published();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.PublishedPort#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see flotilla.model.PublishedPort#getProtocol()
	 * @see #getPublishedPort()
	 * @generated
	 */
	EAttribute getPublishedPort_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.PublishedPort#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see flotilla.model.PublishedPort#getMode()
	 * @see #getPublishedPort()
	 * @generated
	 */
	EAttribute getPublishedPort_Mode();

	/**
	 * Returns the meta object for class '{@link flotilla.model.NetworkAttachment <em>Network Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Attachment</em>'.
	 * @see flotilla.model.NetworkAttachment
	 * @generated
	 */
	EClass getNetworkAttachment();

	/**
	 * Returns the meta object for the reference '{@link flotilla.model.NetworkAttachment#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Network</em>'.
	 * @see flotilla.model.NetworkAttachment#getNetwork()
	 * @see #getNetworkAttachment()
	 * @generated
	 */
	EReference getNetworkAttachment_Network();

	/**
	 * Returns the meta object for the attribute list '{@link flotilla.model.NetworkAttachment#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see flotilla.model.NetworkAttachment#getAliases()
	 * @see #getNetworkAttachment()
	 * @generated
	 */
	EAttribute getNetworkAttachment_Aliases();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.NetworkAttachment#getDriverOptions <em>Driver Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Driver Options</em>'.
	 * @see flotilla.model.NetworkAttachment#getDriverOptions()
	 * @see #getNetworkAttachment()
	 * @generated
	 */
	EReference getNetworkAttachment_DriverOptions();

	/**
	 * Returns the meta object for class '{@link flotilla.model.Constraint <em>Constraint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Constraint</em>'.
	 * @see flotilla.model.Constraint
	 * @generated
	 */
	EClass getConstraint();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Constraint#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see flotilla.model.Constraint#getExpression()
	 * @see #getConstraint()
	 * @generated
	 */
	EAttribute getConstraint_Expression();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Constraint#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see flotilla.model.Constraint#getKey()
	 * @see #getConstraint()
	 * @generated
	 */
	EAttribute getConstraint_Key();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Constraint#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see flotilla.model.Constraint#getOperator()
	 * @see #getConstraint()
	 * @generated
	 */
	EAttribute getConstraint_Operator();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Constraint#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see flotilla.model.Constraint#getValue()
	 * @see #getConstraint()
	 * @generated
	 */
	EAttribute getConstraint_Value();

	/**
	 * Returns the meta object for class '{@link flotilla.model.PlacementPreference <em>Placement Preference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Placement Preference</em>'.
	 * @see flotilla.model.PlacementPreference
	 * @generated
	 */
	EClass getPlacementPreference();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.PlacementPreference#getSpread <em>Spread</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spread</em>'.
	 * @see flotilla.model.PlacementPreference#getSpread()
	 * @see #getPlacementPreference()
	 * @generated
	 */
	EAttribute getPlacementPreference_Spread();

	/**
	 * Returns the meta object for class '{@link flotilla.model.RestartPolicy <em>Restart Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Restart Policy</em>'.
	 * @see flotilla.model.RestartPolicy
	 * @generated
	 */
	EClass getRestartPolicy();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.RestartPolicy#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see flotilla.model.RestartPolicy#getCondition()
	 * @see #getRestartPolicy()
	 * @generated
	 */
	EAttribute getRestartPolicy_Condition();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.RestartPolicy#getDelay <em>Delay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delay</em>'.
	 * @see flotilla.model.RestartPolicy#getDelay()
	 * @see #getRestartPolicy()
	 * @generated
	 */
	EAttribute getRestartPolicy_Delay();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.RestartPolicy#getMaxAttempts <em>Max Attempts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Attempts</em>'.
	 * @see flotilla.model.RestartPolicy#getMaxAttempts()
	 * @see #getRestartPolicy()
	 * @generated
	 */
	EAttribute getRestartPolicy_MaxAttempts();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.RestartPolicy#getWindow <em>Window</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window</em>'.
	 * @see flotilla.model.RestartPolicy#getWindow()
	 * @see #getRestartPolicy()
	 * @generated
	 */
	EAttribute getRestartPolicy_Window();

	/**
	 * Returns the meta object for class '{@link flotilla.model.UpdateConfig <em>Update Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Update Config</em>'.
	 * @see flotilla.model.UpdateConfig
	 * @generated
	 */
	EClass getUpdateConfig();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.UpdateConfig#getParallelism <em>Parallelism</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parallelism</em>'.
	 * @see flotilla.model.UpdateConfig#getParallelism()
	 * @see #getUpdateConfig()
	 * @generated
	 */
	EAttribute getUpdateConfig_Parallelism();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.UpdateConfig#getDelay <em>Delay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delay</em>'.
	 * @see flotilla.model.UpdateConfig#getDelay()
	 * @see #getUpdateConfig()
	 * @generated
	 */
	EAttribute getUpdateConfig_Delay();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.UpdateConfig#getFailureAction <em>Failure Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure Action</em>'.
	 * @see flotilla.model.UpdateConfig#getFailureAction()
	 * @see #getUpdateConfig()
	 * @generated
	 */
	EAttribute getUpdateConfig_FailureAction();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.UpdateConfig#getMonitor <em>Monitor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Monitor</em>'.
	 * @see flotilla.model.UpdateConfig#getMonitor()
	 * @see #getUpdateConfig()
	 * @generated
	 */
	EAttribute getUpdateConfig_Monitor();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.UpdateConfig#getMaxFailureRatio <em>Max Failure Ratio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Failure Ratio</em>'.
	 * @see flotilla.model.UpdateConfig#getMaxFailureRatio()
	 * @see #getUpdateConfig()
	 * @generated
	 */
	EAttribute getUpdateConfig_MaxFailureRatio();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.UpdateConfig#getOrder <em>Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order</em>'.
	 * @see flotilla.model.UpdateConfig#getOrder()
	 * @see #getUpdateConfig()
	 * @generated
	 */
	EAttribute getUpdateConfig_Order();

	/**
	 * Returns the meta object for class '{@link flotilla.model.Healthcheck <em>Healthcheck</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Healthcheck</em>'.
	 * @see flotilla.model.Healthcheck
	 * @generated
	 */
	EClass getHealthcheck();

	/**
	 * Returns the meta object for the attribute list '{@link flotilla.model.Healthcheck#getTest <em>Test</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Test</em>'.
	 * @see flotilla.model.Healthcheck#getTest()
	 * @see #getHealthcheck()
	 * @generated
	 */
	EAttribute getHealthcheck_Test();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Healthcheck#getInterval <em>Interval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interval</em>'.
	 * @see flotilla.model.Healthcheck#getInterval()
	 * @see #getHealthcheck()
	 * @generated
	 */
	EAttribute getHealthcheck_Interval();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Healthcheck#getTimeout <em>Timeout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeout</em>'.
	 * @see flotilla.model.Healthcheck#getTimeout()
	 * @see #getHealthcheck()
	 * @generated
	 */
	EAttribute getHealthcheck_Timeout();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Healthcheck#getStartPeriod <em>Start Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Period</em>'.
	 * @see flotilla.model.Healthcheck#getStartPeriod()
	 * @see #getHealthcheck()
	 * @generated
	 */
	EAttribute getHealthcheck_StartPeriod();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Healthcheck#getRetries <em>Retries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retries</em>'.
	 * @see flotilla.model.Healthcheck#getRetries()
	 * @see #getHealthcheck()
	 * @generated
	 */
	EAttribute getHealthcheck_Retries();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Healthcheck#getStartInterval <em>Start Interval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Interval</em>'.
	 * @see flotilla.model.Healthcheck#getStartInterval()
	 * @see #getHealthcheck()
	 * @generated
	 */
	EAttribute getHealthcheck_StartInterval();

	/**
	 * Returns the meta object for class '{@link flotilla.model.Mount <em>Mount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mount</em>'.
	 * @see flotilla.model.Mount
	 * @generated
	 */
	EClass getMount();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Mount#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see flotilla.model.Mount#getType()
	 * @see #getMount()
	 * @generated
	 */
	EAttribute getMount_Type();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Mount#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see flotilla.model.Mount#getSource()
	 * @see #getMount()
	 * @generated
	 */
	EAttribute getMount_Source();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Mount#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see flotilla.model.Mount#getTarget()
	 * @see #getMount()
	 * @generated
	 */
	EAttribute getMount_Target();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Mount#isReadOnly <em>Read Only</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Read Only</em>'.
	 * @see flotilla.model.Mount#isReadOnly()
	 * @see #getMount()
	 * @generated
	 */
	EAttribute getMount_ReadOnly();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Mount#isNoCopy <em>No Copy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No Copy</em>'.
	 * @see flotilla.model.Mount#isNoCopy()
	 * @see #getMount()
	 * @generated
	 */
	EAttribute getMount_NoCopy();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Mount#getPropagation <em>Propagation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Propagation</em>'.
	 * @see flotilla.model.Mount#getPropagation()
	 * @see #getMount()
	 * @generated
	 */
	EAttribute getMount_Propagation();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Mount#getTmpfsSize <em>Tmpfs Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tmpfs Size</em>'.
	 * @see flotilla.model.Mount#getTmpfsSize()
	 * @see #getMount()
	 * @generated
	 */
	EAttribute getMount_TmpfsSize();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Mount#getConsistency <em>Consistency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consistency</em>'.
	 * @see flotilla.model.Mount#getConsistency()
	 * @see #getMount()
	 * @generated
	 */
	EAttribute getMount_Consistency();

	/**
	 * Returns the meta object for class '{@link flotilla.model.Network <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network</em>'.
	 * @see flotilla.model.Network
	 * @generated
	 */
	EClass getNetwork();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Network#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver</em>'.
	 * @see flotilla.model.Network#getDriver()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Driver();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Network#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see flotilla.model.Network#getScope()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Scope();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Network#isAttachable <em>Attachable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attachable</em>'.
	 * @see flotilla.model.Network#isAttachable()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Attachable();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Network#isInternal <em>Internal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Internal</em>'.
	 * @see flotilla.model.Network#isInternal()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Internal();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Network#isEncrypted <em>Encrypted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encrypted</em>'.
	 * @see flotilla.model.Network#isEncrypted()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Encrypted();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Network#isIngress <em>Ingress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ingress</em>'.
	 * @see flotilla.model.Network#isIngress()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Ingress();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Network#isImplicit <em>Implicit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Implicit</em>'.
	 * @see flotilla.model.Network#isImplicit()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Implicit();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Network#getSubnet <em>Subnet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subnet</em>'.
	 * @see flotilla.model.Network#getSubnet()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Subnet();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Network#getGateway <em>Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gateway</em>'.
	 * @see flotilla.model.Network#getGateway()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Gateway();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Network#isExternal <em>External</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>External</em>'.
	 * @see flotilla.model.Network#isExternal()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_External();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Network#getSwarmName <em>Swarm Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Swarm Name</em>'.
	 * @see flotilla.model.Network#getSwarmName()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_SwarmName();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Network#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Labels</em>'.
	 * @see flotilla.model.Network#getLabels()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Labels();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Network#getDriverOptions <em>Driver Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Driver Options</em>'.
	 * @see flotilla.model.Network#getDriverOptions()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_DriverOptions();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Network#getIpamDriver <em>Ipam Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ipam Driver</em>'.
	 * @see flotilla.model.Network#getIpamDriver()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_IpamDriver();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Network#getIpamOptions <em>Ipam Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ipam Options</em>'.
	 * @see flotilla.model.Network#getIpamOptions()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_IpamOptions();

	/**
	 * Returns the meta object for the '{@link flotilla.model.Network#qualifiedName() <em>Qualified Name</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Qualified Name</em>' operation.
	 * @see flotilla.model.Network#qualifiedName()
	 * @generated
	 */
	EOperation getNetwork__QualifiedName();

	/**
	 * Returns the meta object for class '{@link flotilla.model.StoredData <em>Stored Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stored Data</em>'.
	 * @see flotilla.model.StoredData
	 * @generated
	 */
	EClass getStoredData();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.StoredData#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see flotilla.model.StoredData#getFile()
	 * @see #getStoredData()
	 * @generated
	 */
	EAttribute getStoredData_File();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.StoredData#isExternal <em>External</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>External</em>'.
	 * @see flotilla.model.StoredData#isExternal()
	 * @see #getStoredData()
	 * @generated
	 */
	EAttribute getStoredData_External();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.StoredData#getSwarmName <em>Swarm Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Swarm Name</em>'.
	 * @see flotilla.model.StoredData#getSwarmName()
	 * @see #getStoredData()
	 * @generated
	 */
	EAttribute getStoredData_SwarmName();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.StoredData#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Labels</em>'.
	 * @see flotilla.model.StoredData#getLabels()
	 * @see #getStoredData()
	 * @generated
	 */
	EReference getStoredData_Labels();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.StoredData#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver</em>'.
	 * @see flotilla.model.StoredData#getDriver()
	 * @see #getStoredData()
	 * @generated
	 */
	EAttribute getStoredData_Driver();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.StoredData#getDriverOptions <em>Driver Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Driver Options</em>'.
	 * @see flotilla.model.StoredData#getDriverOptions()
	 * @see #getStoredData()
	 * @generated
	 */
	EReference getStoredData_DriverOptions();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.StoredData#getTemplateDriver <em>Template Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Driver</em>'.
	 * @see flotilla.model.StoredData#getTemplateDriver()
	 * @see #getStoredData()
	 * @generated
	 */
	EAttribute getStoredData_TemplateDriver();

	/**
	 * Returns the meta object for the '{@link flotilla.model.StoredData#qualifiedName() <em>Qualified Name</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Qualified Name</em>' operation.
	 * @see flotilla.model.StoredData#qualifiedName()
	 * @generated
	 */
	EOperation getStoredData__QualifiedName();

	/**
	 * Returns the meta object for class '{@link flotilla.model.Secret <em>Secret</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Secret</em>'.
	 * @see flotilla.model.Secret
	 * @generated
	 */
	EClass getSecret();

	/**
	 * Returns the meta object for class '{@link flotilla.model.Config <em>Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Config</em>'.
	 * @see flotilla.model.Config
	 * @generated
	 */
	EClass getConfig();

	/**
	 * Returns the meta object for class '{@link flotilla.model.DataReference <em>Data Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Reference</em>'.
	 * @see flotilla.model.DataReference
	 * @generated
	 */
	EClass getDataReference();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.DataReference#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see flotilla.model.DataReference#getTarget()
	 * @see #getDataReference()
	 * @generated
	 */
	EAttribute getDataReference_Target();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.DataReference#getUid <em>Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uid</em>'.
	 * @see flotilla.model.DataReference#getUid()
	 * @see #getDataReference()
	 * @generated
	 */
	EAttribute getDataReference_Uid();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.DataReference#getGid <em>Gid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gid</em>'.
	 * @see flotilla.model.DataReference#getGid()
	 * @see #getDataReference()
	 * @generated
	 */
	EAttribute getDataReference_Gid();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.DataReference#getFileMode <em>File Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Mode</em>'.
	 * @see flotilla.model.DataReference#getFileMode()
	 * @see #getDataReference()
	 * @generated
	 */
	EAttribute getDataReference_FileMode();

	/**
	 * Returns the meta object for class '{@link flotilla.model.SecretReference <em>Secret Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Secret Reference</em>'.
	 * @see flotilla.model.SecretReference
	 * @generated
	 */
	EClass getSecretReference();

	/**
	 * Returns the meta object for the reference '{@link flotilla.model.SecretReference#getSecret <em>Secret</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Secret</em>'.
	 * @see flotilla.model.SecretReference#getSecret()
	 * @see #getSecretReference()
	 * @generated
	 */
	EReference getSecretReference_Secret();

	/**
	 * Returns the meta object for class '{@link flotilla.model.ConfigReference <em>Config Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Config Reference</em>'.
	 * @see flotilla.model.ConfigReference
	 * @generated
	 */
	EClass getConfigReference();

	/**
	 * Returns the meta object for the reference '{@link flotilla.model.ConfigReference#getConfig <em>Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Config</em>'.
	 * @see flotilla.model.ConfigReference#getConfig()
	 * @see #getConfigReference()
	 * @generated
	 */
	EReference getConfigReference_Config();

	/**
	 * Returns the meta object for class '{@link flotilla.model.Volume <em>Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Volume</em>'.
	 * @see flotilla.model.Volume
	 * @generated
	 */
	EClass getVolume();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Volume#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver</em>'.
	 * @see flotilla.model.Volume#getDriver()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_Driver();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Volume#getDriverOptions <em>Driver Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Driver Options</em>'.
	 * @see flotilla.model.Volume#getDriverOptions()
	 * @see #getVolume()
	 * @generated
	 */
	EReference getVolume_DriverOptions();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.Volume#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Labels</em>'.
	 * @see flotilla.model.Volume#getLabels()
	 * @see #getVolume()
	 * @generated
	 */
	EReference getVolume_Labels();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Volume#isExternal <em>External</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>External</em>'.
	 * @see flotilla.model.Volume#isExternal()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_External();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Volume#getSwarmName <em>Swarm Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Swarm Name</em>'.
	 * @see flotilla.model.Volume#getSwarmName()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_SwarmName();

	/**
	 * Returns the meta object for the '{@link flotilla.model.Volume#qualifiedName() <em>Qualified Name</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Qualified Name</em>' operation.
	 * @see flotilla.model.Volume#qualifiedName()
	 * @generated
	 */
	EOperation getVolume__QualifiedName();

	/**
	 * Returns the meta object for class '{@link flotilla.model.GenericResource <em>Generic Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Generic Resource</em>'.
	 * @see flotilla.model.GenericResource
	 * @generated
	 */
	EClass getGenericResource();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.GenericResource#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see flotilla.model.GenericResource#getKind()
	 * @see #getGenericResource()
	 * @generated
	 */
	EAttribute getGenericResource_Kind();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.GenericResource#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see flotilla.model.GenericResource#getValue()
	 * @see #getGenericResource()
	 * @generated
	 */
	EAttribute getGenericResource_Value();

	/**
	 * Returns the meta object for class '{@link flotilla.model.Ulimit <em>Ulimit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ulimit</em>'.
	 * @see flotilla.model.Ulimit
	 * @generated
	 */
	EClass getUlimit();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Ulimit#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see flotilla.model.Ulimit#getName()
	 * @see #getUlimit()
	 * @generated
	 */
	EAttribute getUlimit_Name();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Ulimit#getSoft <em>Soft</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Soft</em>'.
	 * @see flotilla.model.Ulimit#getSoft()
	 * @see #getUlimit()
	 * @generated
	 */
	EAttribute getUlimit_Soft();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.Ulimit#getHard <em>Hard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hard</em>'.
	 * @see flotilla.model.Ulimit#getHard()
	 * @see #getUlimit()
	 * @generated
	 */
	EAttribute getUlimit_Hard();

	/**
	 * Returns the meta object for class '{@link flotilla.model.LogDriver <em>Log Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Log Driver</em>'.
	 * @see flotilla.model.LogDriver
	 * @generated
	 */
	EClass getLogDriver();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.LogDriver#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see flotilla.model.LogDriver#getName()
	 * @see #getLogDriver()
	 * @generated
	 */
	EAttribute getLogDriver_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link flotilla.model.LogDriver#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Options</em>'.
	 * @see flotilla.model.LogDriver#getOptions()
	 * @see #getLogDriver()
	 * @generated
	 */
	EReference getLogDriver_Options();

	/**
	 * Returns the meta object for class '{@link flotilla.model.CredentialSpec <em>Credential Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Credential Spec</em>'.
	 * @see flotilla.model.CredentialSpec
	 * @generated
	 */
	EClass getCredentialSpec();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.CredentialSpec#getConfig <em>Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Config</em>'.
	 * @see flotilla.model.CredentialSpec#getConfig()
	 * @see #getCredentialSpec()
	 * @generated
	 */
	EAttribute getCredentialSpec_Config();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.CredentialSpec#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see flotilla.model.CredentialSpec#getFile()
	 * @see #getCredentialSpec()
	 * @generated
	 */
	EAttribute getCredentialSpec_File();

	/**
	 * Returns the meta object for the attribute '{@link flotilla.model.CredentialSpec#getRegistry <em>Registry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registry</em>'.
	 * @see flotilla.model.CredentialSpec#getRegistry()
	 * @see #getCredentialSpec()
	 * @generated
	 */
	EAttribute getCredentialSpec_Registry();

	/**
	 * Returns the meta object for enum '{@link flotilla.model.NodeRole <em>Node Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Node Role</em>'.
	 * @see flotilla.model.NodeRole
	 * @generated
	 */
	EEnum getNodeRole();

	/**
	 * Returns the meta object for enum '{@link flotilla.model.NodeAvailability <em>Node Availability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Node Availability</em>'.
	 * @see flotilla.model.NodeAvailability
	 * @generated
	 */
	EEnum getNodeAvailability();

	/**
	 * Returns the meta object for enum '{@link flotilla.model.ServiceMode <em>Service Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Service Mode</em>'.
	 * @see flotilla.model.ServiceMode
	 * @generated
	 */
	EEnum getServiceMode();

	/**
	 * Returns the meta object for enum '{@link flotilla.model.Protocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Protocol</em>'.
	 * @see flotilla.model.Protocol
	 * @generated
	 */
	EEnum getProtocol();

	/**
	 * Returns the meta object for enum '{@link flotilla.model.PublishMode <em>Publish Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Publish Mode</em>'.
	 * @see flotilla.model.PublishMode
	 * @generated
	 */
	EEnum getPublishMode();

	/**
	 * Returns the meta object for enum '{@link flotilla.model.EndpointMode <em>Endpoint Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Endpoint Mode</em>'.
	 * @see flotilla.model.EndpointMode
	 * @generated
	 */
	EEnum getEndpointMode();

	/**
	 * Returns the meta object for enum '{@link flotilla.model.ConstraintOperator <em>Constraint Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Constraint Operator</em>'.
	 * @see flotilla.model.ConstraintOperator
	 * @generated
	 */
	EEnum getConstraintOperator();

	/**
	 * Returns the meta object for enum '{@link flotilla.model.RestartCondition <em>Restart Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Restart Condition</em>'.
	 * @see flotilla.model.RestartCondition
	 * @generated
	 */
	EEnum getRestartCondition();

	/**
	 * Returns the meta object for enum '{@link flotilla.model.FailureAction <em>Failure Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Failure Action</em>'.
	 * @see flotilla.model.FailureAction
	 * @generated
	 */
	EEnum getFailureAction();

	/**
	 * Returns the meta object for enum '{@link flotilla.model.UpdateOrder <em>Update Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Update Order</em>'.
	 * @see flotilla.model.UpdateOrder
	 * @generated
	 */
	EEnum getUpdateOrder();

	/**
	 * Returns the meta object for enum '{@link flotilla.model.MountType <em>Mount Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mount Type</em>'.
	 * @see flotilla.model.MountType
	 * @generated
	 */
	EEnum getMountType();

	/**
	 * Returns the meta object for enum '{@link flotilla.model.NetworkDriver <em>Network Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Network Driver</em>'.
	 * @see flotilla.model.NetworkDriver
	 * @generated
	 */
	EEnum getNetworkDriver();

	/**
	 * Returns the meta object for enum '{@link flotilla.model.NetworkScope <em>Network Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Network Scope</em>'.
	 * @see flotilla.model.NetworkScope
	 * @generated
	 */
	EEnum getNetworkScope();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ModelFactory getModelFactory();

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
		 * The meta object literal for the '{@link flotilla.model.impl.ElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.ElementImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getElement()
		 * @generated
		 */
		EClass ELEMENT = eINSTANCE.getElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__ID = eINSTANCE.getElement_Id();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.NamedElementImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.ClusterImpl <em>Cluster</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.ClusterImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getCluster()
		 * @generated
		 */
		EClass CLUSTER = eINSTANCE.getCluster();

		/**
		 * The meta object literal for the '<em><b>Address Pools</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__ADDRESS_POOLS = eINSTANCE.getCluster_AddressPools();

		/**
		 * The meta object literal for the '<em><b>Subnet Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__SUBNET_SIZE = eINSTANCE.getCluster_SubnetSize();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__NODES = eINSTANCE.getCluster_Nodes();

		/**
		 * The meta object literal for the '<em><b>Networks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__NETWORKS = eINSTANCE.getCluster_Networks();

		/**
		 * The meta object literal for the '<em><b>Services</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__SERVICES = eINSTANCE.getCluster_Services();

		/**
		 * The meta object literal for the '<em><b>Stacks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__STACKS = eINSTANCE.getCluster_Stacks();

		/**
		 * The meta object literal for the '<em><b>Secrets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__SECRETS = eINSTANCE.getCluster_Secrets();

		/**
		 * The meta object literal for the '<em><b>Configs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__CONFIGS = eINSTANCE.getCluster_Configs();

		/**
		 * The meta object literal for the '<em><b>Volumes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__VOLUMES = eINSTANCE.getCluster_Volumes();

		/**
		 * The meta object literal for the '<em><b>All Services</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER___ALL_SERVICES = eINSTANCE.getCluster__AllServices();

		/**
		 * The meta object literal for the '<em><b>All Networks</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLUSTER___ALL_NETWORKS = eINSTANCE.getCluster__AllNetworks();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.LabelImpl <em>Label</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.LabelImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getLabel()
		 * @generated
		 */
		EClass LABEL = eINSTANCE.getLabel();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__KEY = eINSTANCE.getLabel_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__VALUE = eINSTANCE.getLabel_Value();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.NodeImpl <em>Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.NodeImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getNode()
		 * @generated
		 */
		EClass NODE = eINSTANCE.getNode();

		/**
		 * The meta object literal for the '<em><b>Hostname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__HOSTNAME = eINSTANCE.getNode_Hostname();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__ROLE = eINSTANCE.getNode_Role();

		/**
		 * The meta object literal for the '<em><b>Availability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__AVAILABILITY = eINSTANCE.getNode_Availability();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__LABELS = eINSTANCE.getNode_Labels();

		/**
		 * The meta object literal for the '<em><b>Engine Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__ENGINE_LABELS = eINSTANCE.getNode_EngineLabels();

		/**
		 * The meta object literal for the '<em><b>Os</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__OS = eINSTANCE.getNode_Os();

		/**
		 * The meta object literal for the '<em><b>Arch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__ARCH = eINSTANCE.getNode_Arch();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__RESOURCES = eINSTANCE.getNode_Resources();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__ADDRESS = eINSTANCE.getNode_Address();

		/**
		 * The meta object literal for the '<em><b>Engine</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__ENGINE = eINSTANCE.getNode_Engine();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.EngineEndpointImpl <em>Engine Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.EngineEndpointImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getEngineEndpoint()
		 * @generated
		 */
		EClass ENGINE_ENDPOINT = eINSTANCE.getEngineEndpoint();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.UnixSocketEndpointImpl <em>Unix Socket Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.UnixSocketEndpointImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getUnixSocketEndpoint()
		 * @generated
		 */
		EClass UNIX_SOCKET_ENDPOINT = eINSTANCE.getUnixSocketEndpoint();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIX_SOCKET_ENDPOINT__PATH = eINSTANCE.getUnixSocketEndpoint_Path();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.TcpEndpointImpl <em>Tcp Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.TcpEndpointImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getTcpEndpoint()
		 * @generated
		 */
		EClass TCP_ENDPOINT = eINSTANCE.getTcpEndpoint();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ENDPOINT__HOST = eINSTANCE.getTcpEndpoint_Host();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ENDPOINT__PORT = eINSTANCE.getTcpEndpoint_Port();

		/**
		 * The meta object literal for the '<em><b>Tls</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ENDPOINT__TLS = eINSTANCE.getTcpEndpoint_Tls();

		/**
		 * The meta object literal for the '<em><b>Ca Cert Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ENDPOINT__CA_CERT_PATH = eINSTANCE.getTcpEndpoint_CaCertPath();

		/**
		 * The meta object literal for the '<em><b>Cert Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ENDPOINT__CERT_PATH = eINSTANCE.getTcpEndpoint_CertPath();

		/**
		 * The meta object literal for the '<em><b>Key Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ENDPOINT__KEY_PATH = eINSTANCE.getTcpEndpoint_KeyPath();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.SshEndpointImpl <em>Ssh Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.SshEndpointImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getSshEndpoint()
		 * @generated
		 */
		EClass SSH_ENDPOINT = eINSTANCE.getSshEndpoint();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SSH_ENDPOINT__USER = eINSTANCE.getSshEndpoint_User();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SSH_ENDPOINT__HOST = eINSTANCE.getSshEndpoint_Host();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SSH_ENDPOINT__PORT = eINSTANCE.getSshEndpoint_Port();

		/**
		 * The meta object literal for the '<em><b>Identity File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SSH_ENDPOINT__IDENTITY_FILE = eINSTANCE.getSshEndpoint_IdentityFile();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.ResourcesImpl <em>Resources</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.ResourcesImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getResources()
		 * @generated
		 */
		EClass RESOURCES = eINSTANCE.getResources();

		/**
		 * The meta object literal for the '<em><b>Nano CP Us</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCES__NANO_CP_US = eINSTANCE.getResources_NanoCPUs();

		/**
		 * The meta object literal for the '<em><b>Memory Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCES__MEMORY_BYTES = eINSTANCE.getResources_MemoryBytes();

		/**
		 * The meta object literal for the '<em><b>Pids</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCES__PIDS = eINSTANCE.getResources_Pids();

		/**
		 * The meta object literal for the '<em><b>Generic Resources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCES__GENERIC_RESOURCES = eINSTANCE.getResources_GenericResources();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.StackImpl <em>Stack</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.StackImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getStack()
		 * @generated
		 */
		EClass STACK = eINSTANCE.getStack();

		/**
		 * The meta object literal for the '<em><b>Services</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STACK__SERVICES = eINSTANCE.getStack_Services();

		/**
		 * The meta object literal for the '<em><b>Networks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STACK__NETWORKS = eINSTANCE.getStack_Networks();

		/**
		 * The meta object literal for the '<em><b>Volumes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STACK__VOLUMES = eINSTANCE.getStack_Volumes();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.ServiceImpl <em>Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.ServiceImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getService()
		 * @generated
		 */
		EClass SERVICE = eINSTANCE.getService();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__IMAGE = eINSTANCE.getService_Image();

		/**
		 * The meta object literal for the '<em><b>Command</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__COMMAND = eINSTANCE.getService_Command();

		/**
		 * The meta object literal for the '<em><b>Args</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__ARGS = eINSTANCE.getService_Args();

		/**
		 * The meta object literal for the '<em><b>Env</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__ENV = eINSTANCE.getService_Env();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__LABELS = eINSTANCE.getService_Labels();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__MODE = eINSTANCE.getService_Mode();

		/**
		 * The meta object literal for the '<em><b>Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__REPLICAS = eINSTANCE.getService_Replicas();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__PORTS = eINSTANCE.getService_Ports();

		/**
		 * The meta object literal for the '<em><b>Networks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__NETWORKS = eINSTANCE.getService_Networks();

		/**
		 * The meta object literal for the '<em><b>Endpoint Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__ENDPOINT_MODE = eINSTANCE.getService_EndpointMode();

		/**
		 * The meta object literal for the '<em><b>Constraints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__CONSTRAINTS = eINSTANCE.getService_Constraints();

		/**
		 * The meta object literal for the '<em><b>Preferences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__PREFERENCES = eINSTANCE.getService_Preferences();

		/**
		 * The meta object literal for the '<em><b>Max Replicas Per Node</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__MAX_REPLICAS_PER_NODE = eINSTANCE.getService_MaxReplicasPerNode();

		/**
		 * The meta object literal for the '<em><b>Reservations</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__RESERVATIONS = eINSTANCE.getService_Reservations();

		/**
		 * The meta object literal for the '<em><b>Limits</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__LIMITS = eINSTANCE.getService_Limits();

		/**
		 * The meta object literal for the '<em><b>Restart Policy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__RESTART_POLICY = eINSTANCE.getService_RestartPolicy();

		/**
		 * The meta object literal for the '<em><b>Update Config</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__UPDATE_CONFIG = eINSTANCE.getService_UpdateConfig();

		/**
		 * The meta object literal for the '<em><b>Rollback Config</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__ROLLBACK_CONFIG = eINSTANCE.getService_RollbackConfig();

		/**
		 * The meta object literal for the '<em><b>Healthcheck</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__HEALTHCHECK = eINSTANCE.getService_Healthcheck();

		/**
		 * The meta object literal for the '<em><b>Mounts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__MOUNTS = eINSTANCE.getService_Mounts();

		/**
		 * The meta object literal for the '<em><b>Secrets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__SECRETS = eINSTANCE.getService_Secrets();

		/**
		 * The meta object literal for the '<em><b>Configs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__CONFIGS = eINSTANCE.getService_Configs();

		/**
		 * The meta object literal for the '<em><b>Hostname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__HOSTNAME = eINSTANCE.getService_Hostname();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__USER = eINSTANCE.getService_User();

		/**
		 * The meta object literal for the '<em><b>Working Dir</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__WORKING_DIR = eINSTANCE.getService_WorkingDir();

		/**
		 * The meta object literal for the '<em><b>Stop Signal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__STOP_SIGNAL = eINSTANCE.getService_StopSignal();

		/**
		 * The meta object literal for the '<em><b>Stop Grace Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__STOP_GRACE_PERIOD = eINSTANCE.getService_StopGracePeriod();

		/**
		 * The meta object literal for the '<em><b>Tty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__TTY = eINSTANCE.getService_Tty();

		/**
		 * The meta object literal for the '<em><b>Open Stdin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__OPEN_STDIN = eINSTANCE.getService_OpenStdin();

		/**
		 * The meta object literal for the '<em><b>Read Only</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__READ_ONLY = eINSTANCE.getService_ReadOnly();

		/**
		 * The meta object literal for the '<em><b>Init</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__INIT = eINSTANCE.getService_Init();

		/**
		 * The meta object literal for the '<em><b>Isolation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__ISOLATION = eINSTANCE.getService_Isolation();

		/**
		 * The meta object literal for the '<em><b>Oom Score Adj</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__OOM_SCORE_ADJ = eINSTANCE.getService_OomScoreAdj();

		/**
		 * The meta object literal for the '<em><b>Capability Add</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__CAPABILITY_ADD = eINSTANCE.getService_CapabilityAdd();

		/**
		 * The meta object literal for the '<em><b>Capability Drop</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__CAPABILITY_DROP = eINSTANCE.getService_CapabilityDrop();

		/**
		 * The meta object literal for the '<em><b>Sysctls</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__SYSCTLS = eINSTANCE.getService_Sysctls();

		/**
		 * The meta object literal for the '<em><b>Ulimits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__ULIMITS = eINSTANCE.getService_Ulimits();

		/**
		 * The meta object literal for the '<em><b>Dns Nameservers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__DNS_NAMESERVERS = eINSTANCE.getService_DnsNameservers();

		/**
		 * The meta object literal for the '<em><b>Dns Search</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__DNS_SEARCH = eINSTANCE.getService_DnsSearch();

		/**
		 * The meta object literal for the '<em><b>Extra Hosts</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__EXTRA_HOSTS = eINSTANCE.getService_ExtraHosts();

		/**
		 * The meta object literal for the '<em><b>Container Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__CONTAINER_LABELS = eINSTANCE.getService_ContainerLabels();

		/**
		 * The meta object literal for the '<em><b>Log Driver</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__LOG_DRIVER = eINSTANCE.getService_LogDriver();

		/**
		 * The meta object literal for the '<em><b>Credential Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__CREDENTIAL_SPEC = eINSTANCE.getService_CredentialSpec();

		/**
		 * The meta object literal for the '<em><b>Qualified Name</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SERVICE___QUALIFIED_NAME = eINSTANCE.getService__QualifiedName();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.PublishedPortImpl <em>Published Port</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.PublishedPortImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getPublishedPort()
		 * @generated
		 */
		EClass PUBLISHED_PORT = eINSTANCE.getPublishedPort();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLISHED_PORT__TARGET = eINSTANCE.getPublishedPort_Target();

		/**
		 * The meta object literal for the '<em><b>Published</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLISHED_PORT__PUBLISHED = eINSTANCE.getPublishedPort_Published();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLISHED_PORT__PROTOCOL = eINSTANCE.getPublishedPort_Protocol();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLISHED_PORT__MODE = eINSTANCE.getPublishedPort_Mode();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.NetworkAttachmentImpl <em>Network Attachment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.NetworkAttachmentImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getNetworkAttachment()
		 * @generated
		 */
		EClass NETWORK_ATTACHMENT = eINSTANCE.getNetworkAttachment();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_ATTACHMENT__NETWORK = eINSTANCE.getNetworkAttachment_Network();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_ATTACHMENT__ALIASES = eINSTANCE.getNetworkAttachment_Aliases();

		/**
		 * The meta object literal for the '<em><b>Driver Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_ATTACHMENT__DRIVER_OPTIONS = eINSTANCE.getNetworkAttachment_DriverOptions();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.ConstraintImpl <em>Constraint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.ConstraintImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getConstraint()
		 * @generated
		 */
		EClass CONSTRAINT = eINSTANCE.getConstraint();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSTRAINT__EXPRESSION = eINSTANCE.getConstraint_Expression();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSTRAINT__KEY = eINSTANCE.getConstraint_Key();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSTRAINT__OPERATOR = eINSTANCE.getConstraint_Operator();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSTRAINT__VALUE = eINSTANCE.getConstraint_Value();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.PlacementPreferenceImpl <em>Placement Preference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.PlacementPreferenceImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getPlacementPreference()
		 * @generated
		 */
		EClass PLACEMENT_PREFERENCE = eINSTANCE.getPlacementPreference();

		/**
		 * The meta object literal for the '<em><b>Spread</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLACEMENT_PREFERENCE__SPREAD = eINSTANCE.getPlacementPreference_Spread();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.RestartPolicyImpl <em>Restart Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.RestartPolicyImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getRestartPolicy()
		 * @generated
		 */
		EClass RESTART_POLICY = eINSTANCE.getRestartPolicy();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESTART_POLICY__CONDITION = eINSTANCE.getRestartPolicy_Condition();

		/**
		 * The meta object literal for the '<em><b>Delay</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESTART_POLICY__DELAY = eINSTANCE.getRestartPolicy_Delay();

		/**
		 * The meta object literal for the '<em><b>Max Attempts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESTART_POLICY__MAX_ATTEMPTS = eINSTANCE.getRestartPolicy_MaxAttempts();

		/**
		 * The meta object literal for the '<em><b>Window</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESTART_POLICY__WINDOW = eINSTANCE.getRestartPolicy_Window();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.UpdateConfigImpl <em>Update Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.UpdateConfigImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getUpdateConfig()
		 * @generated
		 */
		EClass UPDATE_CONFIG = eINSTANCE.getUpdateConfig();

		/**
		 * The meta object literal for the '<em><b>Parallelism</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_CONFIG__PARALLELISM = eINSTANCE.getUpdateConfig_Parallelism();

		/**
		 * The meta object literal for the '<em><b>Delay</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_CONFIG__DELAY = eINSTANCE.getUpdateConfig_Delay();

		/**
		 * The meta object literal for the '<em><b>Failure Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_CONFIG__FAILURE_ACTION = eINSTANCE.getUpdateConfig_FailureAction();

		/**
		 * The meta object literal for the '<em><b>Monitor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_CONFIG__MONITOR = eINSTANCE.getUpdateConfig_Monitor();

		/**
		 * The meta object literal for the '<em><b>Max Failure Ratio</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_CONFIG__MAX_FAILURE_RATIO = eINSTANCE.getUpdateConfig_MaxFailureRatio();

		/**
		 * The meta object literal for the '<em><b>Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_CONFIG__ORDER = eINSTANCE.getUpdateConfig_Order();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.HealthcheckImpl <em>Healthcheck</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.HealthcheckImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getHealthcheck()
		 * @generated
		 */
		EClass HEALTHCHECK = eINSTANCE.getHealthcheck();

		/**
		 * The meta object literal for the '<em><b>Test</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEALTHCHECK__TEST = eINSTANCE.getHealthcheck_Test();

		/**
		 * The meta object literal for the '<em><b>Interval</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEALTHCHECK__INTERVAL = eINSTANCE.getHealthcheck_Interval();

		/**
		 * The meta object literal for the '<em><b>Timeout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEALTHCHECK__TIMEOUT = eINSTANCE.getHealthcheck_Timeout();

		/**
		 * The meta object literal for the '<em><b>Start Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEALTHCHECK__START_PERIOD = eINSTANCE.getHealthcheck_StartPeriod();

		/**
		 * The meta object literal for the '<em><b>Retries</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEALTHCHECK__RETRIES = eINSTANCE.getHealthcheck_Retries();

		/**
		 * The meta object literal for the '<em><b>Start Interval</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEALTHCHECK__START_INTERVAL = eINSTANCE.getHealthcheck_StartInterval();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.MountImpl <em>Mount</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.MountImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getMount()
		 * @generated
		 */
		EClass MOUNT = eINSTANCE.getMount();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOUNT__TYPE = eINSTANCE.getMount_Type();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOUNT__SOURCE = eINSTANCE.getMount_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOUNT__TARGET = eINSTANCE.getMount_Target();

		/**
		 * The meta object literal for the '<em><b>Read Only</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOUNT__READ_ONLY = eINSTANCE.getMount_ReadOnly();

		/**
		 * The meta object literal for the '<em><b>No Copy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOUNT__NO_COPY = eINSTANCE.getMount_NoCopy();

		/**
		 * The meta object literal for the '<em><b>Propagation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOUNT__PROPAGATION = eINSTANCE.getMount_Propagation();

		/**
		 * The meta object literal for the '<em><b>Tmpfs Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOUNT__TMPFS_SIZE = eINSTANCE.getMount_TmpfsSize();

		/**
		 * The meta object literal for the '<em><b>Consistency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOUNT__CONSISTENCY = eINSTANCE.getMount_Consistency();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.NetworkImpl <em>Network</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.NetworkImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getNetwork()
		 * @generated
		 */
		EClass NETWORK = eINSTANCE.getNetwork();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__DRIVER = eINSTANCE.getNetwork_Driver();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__SCOPE = eINSTANCE.getNetwork_Scope();

		/**
		 * The meta object literal for the '<em><b>Attachable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__ATTACHABLE = eINSTANCE.getNetwork_Attachable();

		/**
		 * The meta object literal for the '<em><b>Internal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__INTERNAL = eINSTANCE.getNetwork_Internal();

		/**
		 * The meta object literal for the '<em><b>Encrypted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__ENCRYPTED = eINSTANCE.getNetwork_Encrypted();

		/**
		 * The meta object literal for the '<em><b>Ingress</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__INGRESS = eINSTANCE.getNetwork_Ingress();

		/**
		 * The meta object literal for the '<em><b>Implicit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__IMPLICIT = eINSTANCE.getNetwork_Implicit();

		/**
		 * The meta object literal for the '<em><b>Subnet</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__SUBNET = eINSTANCE.getNetwork_Subnet();

		/**
		 * The meta object literal for the '<em><b>Gateway</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__GATEWAY = eINSTANCE.getNetwork_Gateway();

		/**
		 * The meta object literal for the '<em><b>External</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__EXTERNAL = eINSTANCE.getNetwork_External();

		/**
		 * The meta object literal for the '<em><b>Swarm Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__SWARM_NAME = eINSTANCE.getNetwork_SwarmName();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__LABELS = eINSTANCE.getNetwork_Labels();

		/**
		 * The meta object literal for the '<em><b>Driver Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__DRIVER_OPTIONS = eINSTANCE.getNetwork_DriverOptions();

		/**
		 * The meta object literal for the '<em><b>Ipam Driver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__IPAM_DRIVER = eINSTANCE.getNetwork_IpamDriver();

		/**
		 * The meta object literal for the '<em><b>Ipam Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__IPAM_OPTIONS = eINSTANCE.getNetwork_IpamOptions();

		/**
		 * The meta object literal for the '<em><b>Qualified Name</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation NETWORK___QUALIFIED_NAME = eINSTANCE.getNetwork__QualifiedName();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.StoredDataImpl <em>Stored Data</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.StoredDataImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getStoredData()
		 * @generated
		 */
		EClass STORED_DATA = eINSTANCE.getStoredData();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORED_DATA__FILE = eINSTANCE.getStoredData_File();

		/**
		 * The meta object literal for the '<em><b>External</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORED_DATA__EXTERNAL = eINSTANCE.getStoredData_External();

		/**
		 * The meta object literal for the '<em><b>Swarm Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORED_DATA__SWARM_NAME = eINSTANCE.getStoredData_SwarmName();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORED_DATA__LABELS = eINSTANCE.getStoredData_Labels();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORED_DATA__DRIVER = eINSTANCE.getStoredData_Driver();

		/**
		 * The meta object literal for the '<em><b>Driver Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORED_DATA__DRIVER_OPTIONS = eINSTANCE.getStoredData_DriverOptions();

		/**
		 * The meta object literal for the '<em><b>Template Driver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORED_DATA__TEMPLATE_DRIVER = eINSTANCE.getStoredData_TemplateDriver();

		/**
		 * The meta object literal for the '<em><b>Qualified Name</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STORED_DATA___QUALIFIED_NAME = eINSTANCE.getStoredData__QualifiedName();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.SecretImpl <em>Secret</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.SecretImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getSecret()
		 * @generated
		 */
		EClass SECRET = eINSTANCE.getSecret();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.ConfigImpl <em>Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.ConfigImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getConfig()
		 * @generated
		 */
		EClass CONFIG = eINSTANCE.getConfig();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.DataReferenceImpl <em>Data Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.DataReferenceImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getDataReference()
		 * @generated
		 */
		EClass DATA_REFERENCE = eINSTANCE.getDataReference();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_REFERENCE__TARGET = eINSTANCE.getDataReference_Target();

		/**
		 * The meta object literal for the '<em><b>Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_REFERENCE__UID = eINSTANCE.getDataReference_Uid();

		/**
		 * The meta object literal for the '<em><b>Gid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_REFERENCE__GID = eINSTANCE.getDataReference_Gid();

		/**
		 * The meta object literal for the '<em><b>File Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_REFERENCE__FILE_MODE = eINSTANCE.getDataReference_FileMode();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.SecretReferenceImpl <em>Secret Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.SecretReferenceImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getSecretReference()
		 * @generated
		 */
		EClass SECRET_REFERENCE = eINSTANCE.getSecretReference();

		/**
		 * The meta object literal for the '<em><b>Secret</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECRET_REFERENCE__SECRET = eINSTANCE.getSecretReference_Secret();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.ConfigReferenceImpl <em>Config Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.ConfigReferenceImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getConfigReference()
		 * @generated
		 */
		EClass CONFIG_REFERENCE = eINSTANCE.getConfigReference();

		/**
		 * The meta object literal for the '<em><b>Config</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONFIG_REFERENCE__CONFIG = eINSTANCE.getConfigReference_Config();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.VolumeImpl <em>Volume</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.VolumeImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getVolume()
		 * @generated
		 */
		EClass VOLUME = eINSTANCE.getVolume();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__DRIVER = eINSTANCE.getVolume_Driver();

		/**
		 * The meta object literal for the '<em><b>Driver Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME__DRIVER_OPTIONS = eINSTANCE.getVolume_DriverOptions();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME__LABELS = eINSTANCE.getVolume_Labels();

		/**
		 * The meta object literal for the '<em><b>External</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__EXTERNAL = eINSTANCE.getVolume_External();

		/**
		 * The meta object literal for the '<em><b>Swarm Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__SWARM_NAME = eINSTANCE.getVolume_SwarmName();

		/**
		 * The meta object literal for the '<em><b>Qualified Name</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation VOLUME___QUALIFIED_NAME = eINSTANCE.getVolume__QualifiedName();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.GenericResourceImpl <em>Generic Resource</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.GenericResourceImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getGenericResource()
		 * @generated
		 */
		EClass GENERIC_RESOURCE = eINSTANCE.getGenericResource();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERIC_RESOURCE__KIND = eINSTANCE.getGenericResource_Kind();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERIC_RESOURCE__VALUE = eINSTANCE.getGenericResource_Value();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.UlimitImpl <em>Ulimit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.UlimitImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getUlimit()
		 * @generated
		 */
		EClass ULIMIT = eINSTANCE.getUlimit();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ULIMIT__NAME = eINSTANCE.getUlimit_Name();

		/**
		 * The meta object literal for the '<em><b>Soft</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ULIMIT__SOFT = eINSTANCE.getUlimit_Soft();

		/**
		 * The meta object literal for the '<em><b>Hard</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ULIMIT__HARD = eINSTANCE.getUlimit_Hard();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.LogDriverImpl <em>Log Driver</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.LogDriverImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getLogDriver()
		 * @generated
		 */
		EClass LOG_DRIVER = eINSTANCE.getLogDriver();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_DRIVER__NAME = eINSTANCE.getLogDriver_Name();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOG_DRIVER__OPTIONS = eINSTANCE.getLogDriver_Options();

		/**
		 * The meta object literal for the '{@link flotilla.model.impl.CredentialSpecImpl <em>Credential Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.impl.CredentialSpecImpl
		 * @see flotilla.model.impl.ModelPackageImpl#getCredentialSpec()
		 * @generated
		 */
		EClass CREDENTIAL_SPEC = eINSTANCE.getCredentialSpec();

		/**
		 * The meta object literal for the '<em><b>Config</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CREDENTIAL_SPEC__CONFIG = eINSTANCE.getCredentialSpec_Config();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CREDENTIAL_SPEC__FILE = eINSTANCE.getCredentialSpec_File();

		/**
		 * The meta object literal for the '<em><b>Registry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CREDENTIAL_SPEC__REGISTRY = eINSTANCE.getCredentialSpec_Registry();

		/**
		 * The meta object literal for the '{@link flotilla.model.NodeRole <em>Node Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.NodeRole
		 * @see flotilla.model.impl.ModelPackageImpl#getNodeRole()
		 * @generated
		 */
		EEnum NODE_ROLE = eINSTANCE.getNodeRole();

		/**
		 * The meta object literal for the '{@link flotilla.model.NodeAvailability <em>Node Availability</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.NodeAvailability
		 * @see flotilla.model.impl.ModelPackageImpl#getNodeAvailability()
		 * @generated
		 */
		EEnum NODE_AVAILABILITY = eINSTANCE.getNodeAvailability();

		/**
		 * The meta object literal for the '{@link flotilla.model.ServiceMode <em>Service Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.ServiceMode
		 * @see flotilla.model.impl.ModelPackageImpl#getServiceMode()
		 * @generated
		 */
		EEnum SERVICE_MODE = eINSTANCE.getServiceMode();

		/**
		 * The meta object literal for the '{@link flotilla.model.Protocol <em>Protocol</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.Protocol
		 * @see flotilla.model.impl.ModelPackageImpl#getProtocol()
		 * @generated
		 */
		EEnum PROTOCOL = eINSTANCE.getProtocol();

		/**
		 * The meta object literal for the '{@link flotilla.model.PublishMode <em>Publish Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.PublishMode
		 * @see flotilla.model.impl.ModelPackageImpl#getPublishMode()
		 * @generated
		 */
		EEnum PUBLISH_MODE = eINSTANCE.getPublishMode();

		/**
		 * The meta object literal for the '{@link flotilla.model.EndpointMode <em>Endpoint Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.EndpointMode
		 * @see flotilla.model.impl.ModelPackageImpl#getEndpointMode()
		 * @generated
		 */
		EEnum ENDPOINT_MODE = eINSTANCE.getEndpointMode();

		/**
		 * The meta object literal for the '{@link flotilla.model.ConstraintOperator <em>Constraint Operator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.ConstraintOperator
		 * @see flotilla.model.impl.ModelPackageImpl#getConstraintOperator()
		 * @generated
		 */
		EEnum CONSTRAINT_OPERATOR = eINSTANCE.getConstraintOperator();

		/**
		 * The meta object literal for the '{@link flotilla.model.RestartCondition <em>Restart Condition</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.RestartCondition
		 * @see flotilla.model.impl.ModelPackageImpl#getRestartCondition()
		 * @generated
		 */
		EEnum RESTART_CONDITION = eINSTANCE.getRestartCondition();

		/**
		 * The meta object literal for the '{@link flotilla.model.FailureAction <em>Failure Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.FailureAction
		 * @see flotilla.model.impl.ModelPackageImpl#getFailureAction()
		 * @generated
		 */
		EEnum FAILURE_ACTION = eINSTANCE.getFailureAction();

		/**
		 * The meta object literal for the '{@link flotilla.model.UpdateOrder <em>Update Order</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.UpdateOrder
		 * @see flotilla.model.impl.ModelPackageImpl#getUpdateOrder()
		 * @generated
		 */
		EEnum UPDATE_ORDER = eINSTANCE.getUpdateOrder();

		/**
		 * The meta object literal for the '{@link flotilla.model.MountType <em>Mount Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.MountType
		 * @see flotilla.model.impl.ModelPackageImpl#getMountType()
		 * @generated
		 */
		EEnum MOUNT_TYPE = eINSTANCE.getMountType();

		/**
		 * The meta object literal for the '{@link flotilla.model.NetworkDriver <em>Network Driver</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.NetworkDriver
		 * @see flotilla.model.impl.ModelPackageImpl#getNetworkDriver()
		 * @generated
		 */
		EEnum NETWORK_DRIVER = eINSTANCE.getNetworkDriver();

		/**
		 * The meta object literal for the '{@link flotilla.model.NetworkScope <em>Network Scope</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see flotilla.model.NetworkScope
		 * @see flotilla.model.impl.ModelPackageImpl#getNetworkScope()
		 * @generated
		 */
		EEnum NETWORK_SCOPE = eINSTANCE.getNetworkScope();

	}

} //ModelPackage
