/**
 */
package flotilla.model.util;

import flotilla.model.*;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see flotilla.model.ModelPackage
 * @generated
 */
public class ModelValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final ModelValidator INSTANCE = new ModelValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "flotilla.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return ModelPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case ModelPackage.ELEMENT:
				return validateElement((Element)value, diagnostics, context);
			case ModelPackage.NAMED_ELEMENT:
				return validateNamedElement((NamedElement)value, diagnostics, context);
			case ModelPackage.CLUSTER:
				return validateCluster((Cluster)value, diagnostics, context);
			case ModelPackage.LABEL:
				return validateLabel((Label)value, diagnostics, context);
			case ModelPackage.NODE:
				return validateNode((Node)value, diagnostics, context);
			case ModelPackage.ENGINE_ENDPOINT:
				return validateEngineEndpoint((EngineEndpoint)value, diagnostics, context);
			case ModelPackage.UNIX_SOCKET_ENDPOINT:
				return validateUnixSocketEndpoint((UnixSocketEndpoint)value, diagnostics, context);
			case ModelPackage.TCP_ENDPOINT:
				return validateTcpEndpoint((TcpEndpoint)value, diagnostics, context);
			case ModelPackage.SSH_ENDPOINT:
				return validateSshEndpoint((SshEndpoint)value, diagnostics, context);
			case ModelPackage.RESOURCES:
				return validateResources((Resources)value, diagnostics, context);
			case ModelPackage.STACK:
				return validateStack((Stack)value, diagnostics, context);
			case ModelPackage.SERVICE:
				return validateService((Service)value, diagnostics, context);
			case ModelPackage.PUBLISHED_PORT:
				return validatePublishedPort((PublishedPort)value, diagnostics, context);
			case ModelPackage.NETWORK_ATTACHMENT:
				return validateNetworkAttachment((NetworkAttachment)value, diagnostics, context);
			case ModelPackage.CONSTRAINT:
				return validateConstraint((Constraint)value, diagnostics, context);
			case ModelPackage.PLACEMENT_PREFERENCE:
				return validatePlacementPreference((PlacementPreference)value, diagnostics, context);
			case ModelPackage.RESTART_POLICY:
				return validateRestartPolicy((RestartPolicy)value, diagnostics, context);
			case ModelPackage.UPDATE_CONFIG:
				return validateUpdateConfig((UpdateConfig)value, diagnostics, context);
			case ModelPackage.HEALTHCHECK:
				return validateHealthcheck((Healthcheck)value, diagnostics, context);
			case ModelPackage.MOUNT:
				return validateMount((Mount)value, diagnostics, context);
			case ModelPackage.NETWORK:
				return validateNetwork((Network)value, diagnostics, context);
			case ModelPackage.STORED_DATA:
				return validateStoredData((StoredData)value, diagnostics, context);
			case ModelPackage.SECRET:
				return validateSecret((Secret)value, diagnostics, context);
			case ModelPackage.CONFIG:
				return validateConfig((Config)value, diagnostics, context);
			case ModelPackage.DATA_REFERENCE:
				return validateDataReference((DataReference)value, diagnostics, context);
			case ModelPackage.SECRET_REFERENCE:
				return validateSecretReference((SecretReference)value, diagnostics, context);
			case ModelPackage.CONFIG_REFERENCE:
				return validateConfigReference((ConfigReference)value, diagnostics, context);
			case ModelPackage.VOLUME:
				return validateVolume((Volume)value, diagnostics, context);
			case ModelPackage.GENERIC_RESOURCE:
				return validateGenericResource((GenericResource)value, diagnostics, context);
			case ModelPackage.ULIMIT:
				return validateUlimit((Ulimit)value, diagnostics, context);
			case ModelPackage.LOG_DRIVER:
				return validateLogDriver((LogDriver)value, diagnostics, context);
			case ModelPackage.CREDENTIAL_SPEC:
				return validateCredentialSpec((CredentialSpec)value, diagnostics, context);
			case ModelPackage.NODE_ROLE:
				return validateNodeRole((NodeRole)value, diagnostics, context);
			case ModelPackage.NODE_AVAILABILITY:
				return validateNodeAvailability((NodeAvailability)value, diagnostics, context);
			case ModelPackage.SERVICE_MODE:
				return validateServiceMode((ServiceMode)value, diagnostics, context);
			case ModelPackage.PROTOCOL:
				return validateProtocol((Protocol)value, diagnostics, context);
			case ModelPackage.PUBLISH_MODE:
				return validatePublishMode((PublishMode)value, diagnostics, context);
			case ModelPackage.ENDPOINT_MODE:
				return validateEndpointMode((EndpointMode)value, diagnostics, context);
			case ModelPackage.CONSTRAINT_OPERATOR:
				return validateConstraintOperator((ConstraintOperator)value, diagnostics, context);
			case ModelPackage.RESTART_CONDITION:
				return validateRestartCondition((RestartCondition)value, diagnostics, context);
			case ModelPackage.FAILURE_ACTION:
				return validateFailureAction((FailureAction)value, diagnostics, context);
			case ModelPackage.UPDATE_ORDER:
				return validateUpdateOrder((UpdateOrder)value, diagnostics, context);
			case ModelPackage.MOUNT_TYPE:
				return validateMountType((MountType)value, diagnostics, context);
			case ModelPackage.NETWORK_DRIVER:
				return validateNetworkDriver((NetworkDriver)value, diagnostics, context);
			case ModelPackage.NETWORK_SCOPE:
				return validateNetworkScope((NetworkScope)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateElement(Element element, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(element, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNamedElement(NamedElement namedElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(namedElement, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCluster(Cluster cluster, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(cluster, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(cluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(cluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(cluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(cluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(cluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(cluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(cluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(cluster, diagnostics, context);
		if (result || diagnostics != null) result &= validateCluster_uniqueNames(cluster, diagnostics, context);
		if (result || diagnostics != null) result &= validateCluster_uniquePublishedPorts(cluster, diagnostics, context);
		if (result || diagnostics != null) result &= validateCluster_disjointOverlaySubnets(cluster, diagnostics, context);
		return result;
	}

	/**
	 * Validates the uniqueNames constraint of '<em>Cluster</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateCluster_uniqueNames(Cluster cluster, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return flotilla.model.validation.NameRules.uniqueNames(cluster, diagnostics);
	}

	/**
	 * Validates the uniquePublishedPorts constraint of '<em>Cluster</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateCluster_uniquePublishedPorts(Cluster cluster, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return flotilla.model.validation.PortRules.uniquePublishedPorts(cluster, diagnostics);
	}

	/**
	 * Validates the disjointOverlaySubnets constraint of '<em>Cluster</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateCluster_disjointOverlaySubnets(Cluster cluster, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return flotilla.model.validation.SubnetRules.disjointOverlaySubnets(cluster, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLabel(Label label, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(label, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNode(Node node, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(node, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEngineEndpoint(EngineEndpoint engineEndpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(engineEndpoint, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUnixSocketEndpoint(UnixSocketEndpoint unixSocketEndpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(unixSocketEndpoint, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTcpEndpoint(TcpEndpoint tcpEndpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(tcpEndpoint, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSshEndpoint(SshEndpoint sshEndpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(sshEndpoint, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateResources(Resources resources, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(resources, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStack(Stack stack, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(stack, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateService(Service service, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(service, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(service, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(service, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(service, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(service, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(service, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(service, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(service, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(service, diagnostics, context);
		if (result || diagnostics != null) result &= validateService_replicasOnlyWhenReplicated(service, diagnostics, context);
		if (result || diagnostics != null) result &= validateService_hostPortsCannotCollide(service, diagnostics, context);
		if (result || diagnostics != null) result &= validateService_reservationsFitSomeNode(service, diagnostics, context);
		if (result || diagnostics != null) result &= validateService_constraintsMatchSomeNode(service, diagnostics, context);
		if (result || diagnostics != null) result &= validateService_reachable(service, diagnostics, context);
		if (result || diagnostics != null) result &= validateService_referencesResolve(service, diagnostics, context);
		if (result || diagnostics != null) result &= validateService_swarmScopedNetworks(service, diagnostics, context);
		return result;
	}

	/**
	 * Validates the replicasOnlyWhenReplicated constraint of '<em>Service</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateService_replicasOnlyWhenReplicated(Service service, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return flotilla.model.validation.ServiceRules.replicasOnlyWhenReplicated(service, diagnostics);
	}

	/**
	 * Validates the hostPortsCannotCollide constraint of '<em>Service</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateService_hostPortsCannotCollide(Service service, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return flotilla.model.validation.PortRules.hostPortsCannotCollide(service, diagnostics);
	}

	/**
	 * Validates the reservationsFitSomeNode constraint of '<em>Service</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateService_reservationsFitSomeNode(Service service, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return flotilla.model.validation.PlacementRules.reservationsFitSomeNode(service, diagnostics);
	}

	/**
	 * Validates the constraintsMatchSomeNode constraint of '<em>Service</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateService_constraintsMatchSomeNode(Service service, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return flotilla.model.validation.PlacementRules.constraintsMatchSomeNode(service, diagnostics);
	}

	/**
	 * Validates the reachable constraint of '<em>Service</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateService_reachable(Service service, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return flotilla.model.validation.ServiceRules.reachable(service, diagnostics);
	}

	/**
	 * Validates the referencesResolve constraint of '<em>Service</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateService_referencesResolve(Service service, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return flotilla.model.validation.ServiceRules.referencesResolve(service, diagnostics);
	}

	/**
	 * Validates the swarmScopedNetworks constraint of '<em>Service</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateService_swarmScopedNetworks(Service service, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return flotilla.model.validation.ServiceRules.swarmScopedNetworks(service, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePublishedPort(PublishedPort publishedPort, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(publishedPort, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNetworkAttachment(NetworkAttachment networkAttachment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(networkAttachment, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConstraint(Constraint constraint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(constraint, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(constraint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(constraint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(constraint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(constraint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(constraint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(constraint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(constraint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(constraint, diagnostics, context);
		if (result || diagnostics != null) result &= validateConstraint_wellFormed(constraint, diagnostics, context);
		return result;
	}

	/**
	 * Validates the wellFormed constraint of '<em>Constraint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateConstraint_wellFormed(Constraint constraint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return flotilla.model.validation.PlacementRules.constraintWellFormed(constraint, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlacementPreference(PlacementPreference placementPreference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(placementPreference, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(placementPreference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(placementPreference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(placementPreference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(placementPreference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(placementPreference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(placementPreference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(placementPreference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(placementPreference, diagnostics, context);
		if (result || diagnostics != null) result &= validatePlacementPreference_spreadsOnLabel(placementPreference, diagnostics, context);
		return result;
	}

	/**
	 * Validates the spreadsOnLabel constraint of '<em>Placement Preference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePlacementPreference_spreadsOnLabel(PlacementPreference placementPreference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return flotilla.model.validation.PlacementRules.spreadsOnLabel(placementPreference, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRestartPolicy(RestartPolicy restartPolicy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(restartPolicy, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUpdateConfig(UpdateConfig updateConfig, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(updateConfig, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHealthcheck(Healthcheck healthcheck, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(healthcheck, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMount(Mount mount, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(mount, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNetwork(Network network, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(network, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStoredData(StoredData storedData, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(storedData, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSecret(Secret secret, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(secret, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConfig(Config config, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(config, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataReference(DataReference dataReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(dataReference, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSecretReference(SecretReference secretReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(secretReference, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConfigReference(ConfigReference configReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(configReference, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVolume(Volume volume, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(volume, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGenericResource(GenericResource genericResource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(genericResource, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUlimit(Ulimit ulimit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(ulimit, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLogDriver(LogDriver logDriver, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(logDriver, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCredentialSpec(CredentialSpec credentialSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(credentialSpec, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNodeRole(NodeRole nodeRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNodeAvailability(NodeAvailability nodeAvailability, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateServiceMode(ServiceMode serviceMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProtocol(Protocol protocol, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePublishMode(PublishMode publishMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEndpointMode(EndpointMode endpointMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConstraintOperator(ConstraintOperator constraintOperator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRestartCondition(RestartCondition restartCondition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFailureAction(FailureAction failureAction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUpdateOrder(UpdateOrder updateOrder, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMountType(MountType mountType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNetworkDriver(NetworkDriver networkDriver, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNetworkScope(NetworkScope networkScope, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //ModelValidator
