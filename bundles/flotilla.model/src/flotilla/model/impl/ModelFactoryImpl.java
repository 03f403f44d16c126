/**
 */
package flotilla.model.impl;

import flotilla.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModelFactoryImpl extends EFactoryImpl implements ModelFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ModelFactory init() {
		try {
			ModelFactory theModelFactory = (ModelFactory)EPackage.Registry.INSTANCE.getEFactory(ModelPackage.eNS_URI);
			if (theModelFactory != null) {
				return theModelFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ModelFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ModelPackage.CLUSTER: return createCluster();
			case ModelPackage.LABEL: return createLabel();
			case ModelPackage.NODE: return createNode();
			case ModelPackage.UNIX_SOCKET_ENDPOINT: return createUnixSocketEndpoint();
			case ModelPackage.TCP_ENDPOINT: return createTcpEndpoint();
			case ModelPackage.SSH_ENDPOINT: return createSshEndpoint();
			case ModelPackage.RESOURCES: return createResources();
			case ModelPackage.STACK: return createStack();
			case ModelPackage.SERVICE: return createService();
			case ModelPackage.PUBLISHED_PORT: return createPublishedPort();
			case ModelPackage.NETWORK_ATTACHMENT: return createNetworkAttachment();
			case ModelPackage.CONSTRAINT: return createConstraint();
			case ModelPackage.PLACEMENT_PREFERENCE: return createPlacementPreference();
			case ModelPackage.RESTART_POLICY: return createRestartPolicy();
			case ModelPackage.UPDATE_CONFIG: return createUpdateConfig();
			case ModelPackage.HEALTHCHECK: return createHealthcheck();
			case ModelPackage.MOUNT: return createMount();
			case ModelPackage.NETWORK: return createNetwork();
			case ModelPackage.SECRET: return createSecret();
			case ModelPackage.CONFIG: return createConfig();
			case ModelPackage.SECRET_REFERENCE: return createSecretReference();
			case ModelPackage.CONFIG_REFERENCE: return createConfigReference();
			case ModelPackage.VOLUME: return createVolume();
			case ModelPackage.GENERIC_RESOURCE: return createGenericResource();
			case ModelPackage.ULIMIT: return createUlimit();
			case ModelPackage.LOG_DRIVER: return createLogDriver();
			case ModelPackage.CREDENTIAL_SPEC: return createCredentialSpec();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ModelPackage.NODE_ROLE:
				return createNodeRoleFromString(eDataType, initialValue);
			case ModelPackage.NODE_AVAILABILITY:
				return createNodeAvailabilityFromString(eDataType, initialValue);
			case ModelPackage.SERVICE_MODE:
				return createServiceModeFromString(eDataType, initialValue);
			case ModelPackage.PROTOCOL:
				return createProtocolFromString(eDataType, initialValue);
			case ModelPackage.PUBLISH_MODE:
				return createPublishModeFromString(eDataType, initialValue);
			case ModelPackage.ENDPOINT_MODE:
				return createEndpointModeFromString(eDataType, initialValue);
			case ModelPackage.CONSTRAINT_OPERATOR:
				return createConstraintOperatorFromString(eDataType, initialValue);
			case ModelPackage.RESTART_CONDITION:
				return createRestartConditionFromString(eDataType, initialValue);
			case ModelPackage.FAILURE_ACTION:
				return createFailureActionFromString(eDataType, initialValue);
			case ModelPackage.UPDATE_ORDER:
				return createUpdateOrderFromString(eDataType, initialValue);
			case ModelPackage.MOUNT_TYPE:
				return createMountTypeFromString(eDataType, initialValue);
			case ModelPackage.NETWORK_DRIVER:
				return createNetworkDriverFromString(eDataType, initialValue);
			case ModelPackage.NETWORK_SCOPE:
				return createNetworkScopeFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ModelPackage.NODE_ROLE:
				return convertNodeRoleToString(eDataType, instanceValue);
			case ModelPackage.NODE_AVAILABILITY:
				return convertNodeAvailabilityToString(eDataType, instanceValue);
			case ModelPackage.SERVICE_MODE:
				return convertServiceModeToString(eDataType, instanceValue);
			case ModelPackage.PROTOCOL:
				return convertProtocolToString(eDataType, instanceValue);
			case ModelPackage.PUBLISH_MODE:
				return convertPublishModeToString(eDataType, instanceValue);
			case ModelPackage.ENDPOINT_MODE:
				return convertEndpointModeToString(eDataType, instanceValue);
			case ModelPackage.CONSTRAINT_OPERATOR:
				return convertConstraintOperatorToString(eDataType, instanceValue);
			case ModelPackage.RESTART_CONDITION:
				return convertRestartConditionToString(eDataType, instanceValue);
			case ModelPackage.FAILURE_ACTION:
				return convertFailureActionToString(eDataType, instanceValue);
			case ModelPackage.UPDATE_ORDER:
				return convertUpdateOrderToString(eDataType, instanceValue);
			case ModelPackage.MOUNT_TYPE:
				return convertMountTypeToString(eDataType, instanceValue);
			case ModelPackage.NETWORK_DRIVER:
				return convertNetworkDriverToString(eDataType, instanceValue);
			case ModelPackage.NETWORK_SCOPE:
				return convertNetworkScopeToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cluster createCluster() {
		ClusterImpl cluster = new ClusterImpl();
		return cluster;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Label createLabel() {
		LabelImpl label = new LabelImpl();
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Node createNode() {
		NodeImpl node = new NodeImpl();
		return node;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnixSocketEndpoint createUnixSocketEndpoint() {
		UnixSocketEndpointImpl unixSocketEndpoint = new UnixSocketEndpointImpl();
		return unixSocketEndpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TcpEndpoint createTcpEndpoint() {
		TcpEndpointImpl tcpEndpoint = new TcpEndpointImpl();
		return tcpEndpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SshEndpoint createSshEndpoint() {
		SshEndpointImpl sshEndpoint = new SshEndpointImpl();
		return sshEndpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Resources createResources() {
		ResourcesImpl resources = new ResourcesImpl();
		return resources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stack createStack() {
		StackImpl stack = new StackImpl();
		return stack;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Service createService() {
		ServiceImpl service = new ServiceImpl();
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PublishedPort createPublishedPort() {
		PublishedPortImpl publishedPort = new PublishedPortImpl();
		return publishedPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkAttachment createNetworkAttachment() {
		NetworkAttachmentImpl networkAttachment = new NetworkAttachmentImpl();
		return networkAttachment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Constraint createConstraint() {
		ConstraintImpl constraint = new ConstraintImpl();
		return constraint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlacementPreference createPlacementPreference() {
		PlacementPreferenceImpl placementPreference = new PlacementPreferenceImpl();
		return placementPreference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RestartPolicy createRestartPolicy() {
		RestartPolicyImpl restartPolicy = new RestartPolicyImpl();
		return restartPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateConfig createUpdateConfig() {
		UpdateConfigImpl updateConfig = new UpdateConfigImpl();
		return updateConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Healthcheck createHealthcheck() {
		HealthcheckImpl healthcheck = new HealthcheckImpl();
		return healthcheck;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mount createMount() {
		MountImpl mount = new MountImpl();
		return mount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Network createNetwork() {
		NetworkImpl network = new NetworkImpl();
		return network;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Secret createSecret() {
		SecretImpl secret = new SecretImpl();
		return secret;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Config createConfig() {
		ConfigImpl config = new ConfigImpl();
		return config;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecretReference createSecretReference() {
		SecretReferenceImpl secretReference = new SecretReferenceImpl();
		return secretReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfigReference createConfigReference() {
		ConfigReferenceImpl configReference = new ConfigReferenceImpl();
		return configReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Volume createVolume() {
		VolumeImpl volume = new VolumeImpl();
		return volume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GenericResource createGenericResource() {
		GenericResourceImpl genericResource = new GenericResourceImpl();
		return genericResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ulimit createUlimit() {
		UlimitImpl ulimit = new UlimitImpl();
		return ulimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogDriver createLogDriver() {
		LogDriverImpl logDriver = new LogDriverImpl();
		return logDriver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CredentialSpec createCredentialSpec() {
		CredentialSpecImpl credentialSpec = new CredentialSpecImpl();
		return credentialSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NodeRole createNodeRoleFromString(EDataType eDataType, String initialValue) {
		NodeRole result = NodeRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNodeRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NodeAvailability createNodeAvailabilityFromString(EDataType eDataType, String initialValue) {
		NodeAvailability result = NodeAvailability.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNodeAvailabilityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceMode createServiceModeFromString(EDataType eDataType, String initialValue) {
		ServiceMode result = ServiceMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertServiceModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Protocol createProtocolFromString(EDataType eDataType, String initialValue) {
		Protocol result = Protocol.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProtocolToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PublishMode createPublishModeFromString(EDataType eDataType, String initialValue) {
		PublishMode result = PublishMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPublishModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EndpointMode createEndpointModeFromString(EDataType eDataType, String initialValue) {
		EndpointMode result = EndpointMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEndpointModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConstraintOperator createConstraintOperatorFromString(EDataType eDataType, String initialValue) {
		ConstraintOperator result = ConstraintOperator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConstraintOperatorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RestartCondition createRestartConditionFromString(EDataType eDataType, String initialValue) {
		RestartCondition result = RestartCondition.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRestartConditionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FailureAction createFailureActionFromString(EDataType eDataType, String initialValue) {
		FailureAction result = FailureAction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFailureActionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UpdateOrder createUpdateOrderFromString(EDataType eDataType, String initialValue) {
		UpdateOrder result = UpdateOrder.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUpdateOrderToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MountType createMountTypeFromString(EDataType eDataType, String initialValue) {
		MountType result = MountType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMountTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkDriver createNetworkDriverFromString(EDataType eDataType, String initialValue) {
		NetworkDriver result = NetworkDriver.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNetworkDriverToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkScope createNetworkScopeFromString(EDataType eDataType, String initialValue) {
		NetworkScope result = NetworkScope.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNetworkScopeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelPackage getModelPackage() {
		return (ModelPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ModelPackage getPackage() {
		return ModelPackage.eINSTANCE;
	}

} //ModelFactoryImpl
