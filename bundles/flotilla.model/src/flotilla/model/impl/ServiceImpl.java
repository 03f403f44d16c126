/**
 */
package flotilla.model.impl;

import flotilla.model.ConfigReference;
import flotilla.model.Constraint;
import flotilla.model.CredentialSpec;
import flotilla.model.EndpointMode;
import flotilla.model.Healthcheck;
import flotilla.model.Label;
import flotilla.model.LogDriver;
import flotilla.model.ModelPackage;
import flotilla.model.Mount;
import flotilla.model.NetworkAttachment;
import flotilla.model.PlacementPreference;
import flotilla.model.PublishedPort;
import flotilla.model.Resources;
import flotilla.model.RestartPolicy;
import flotilla.model.SecretReference;
import flotilla.model.Service;
import flotilla.model.ServiceMode;
import flotilla.model.Stack;
import flotilla.model.Ulimit;
import flotilla.model.UpdateConfig;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getImage <em>Image</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getCommand <em>Command</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getArgs <em>Args</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getEnv <em>Env</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getLabels <em>Labels</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getReplicas <em>Replicas</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getPorts <em>Ports</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getNetworks <em>Networks</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getEndpointMode <em>Endpoint Mode</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getConstraints <em>Constraints</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getPreferences <em>Preferences</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getMaxReplicasPerNode <em>Max Replicas Per Node</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getReservations <em>Reservations</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getLimits <em>Limits</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getRestartPolicy <em>Restart Policy</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getUpdateConfig <em>Update Config</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getRollbackConfig <em>Rollback Config</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getHealthcheck <em>Healthcheck</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getMounts <em>Mounts</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getSecrets <em>Secrets</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getConfigs <em>Configs</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getHostname <em>Hostname</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getUser <em>User</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getWorkingDir <em>Working Dir</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getStopSignal <em>Stop Signal</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getStopGracePeriod <em>Stop Grace Period</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#isTty <em>Tty</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#isOpenStdin <em>Open Stdin</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#isReadOnly <em>Read Only</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#isInit <em>Init</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getIsolation <em>Isolation</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getOomScoreAdj <em>Oom Score Adj</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getCapabilityAdd <em>Capability Add</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getCapabilityDrop <em>Capability Drop</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getSysctls <em>Sysctls</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getUlimits <em>Ulimits</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getDnsNameservers <em>Dns Nameservers</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getDnsSearch <em>Dns Search</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getExtraHosts <em>Extra Hosts</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getContainerLabels <em>Container Labels</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getLogDriver <em>Log Driver</em>}</li>
 *   <li>{@link flotilla.model.impl.ServiceImpl#getCredentialSpec <em>Credential Spec</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceImpl extends NamedElementImpl implements Service {
	/**
	 * The default value of the '{@link #getImage() <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected static final String IMAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImage() <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected String image = IMAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCommand() <em>Command</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommand()
	 * @generated
	 * @ordered
	 */
	protected EList<String> command;

	/**
	 * The cached value of the '{@link #getArgs() <em>Args</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArgs()
	 * @generated
	 * @ordered
	 */
	protected EList<String> args;

	/**
	 * The cached value of the '{@link #getEnv() <em>Env</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnv()
	 * @generated
	 * @ordered
	 */
	protected EList<String> env;

	/**
	 * The cached value of the '{@link #getLabels() <em>Labels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<Label> labels;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final ServiceMode MODE_EDEFAULT = ServiceMode.REPLICATED;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected ServiceMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReplicas() <em>Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplicas()
	 * @generated
	 * @ordered
	 */
	protected static final int REPLICAS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getReplicas() <em>Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplicas()
	 * @generated
	 * @ordered
	 */
	protected int replicas = REPLICAS_EDEFAULT;

	/**
	 * This is true if the Replicas attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean replicasESet;

	/**
	 * The cached value of the '{@link #getPorts() <em>Ports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPorts()
	 * @generated
	 * @ordered
	 */
	protected EList<PublishedPort> ports;

	/**
	 * The cached value of the '{@link #getNetworks() <em>Networks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworks()
	 * @generated
	 * @ordered
	 */
	protected EList<NetworkAttachment> networks;

	/**
	 * The default value of the '{@link #getEndpointMode() <em>Endpoint Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpointMode()
	 * @generated
	 * @ordered
	 */
	protected static final EndpointMode ENDPOINT_MODE_EDEFAULT = EndpointMode.VIP;

	/**
	 * The cached value of the '{@link #getEndpointMode() <em>Endpoint Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpointMode()
	 * @generated
	 * @ordered
	 */
	protected EndpointMode endpointMode = ENDPOINT_MODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConstraints() <em>Constraints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConstraints()
	 * @generated
	 * @ordered
	 */
	protected EList<Constraint> constraints;

	/**
	 * The cached value of the '{@link #getPreferences() <em>Preferences</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferences()
	 * @generated
	 * @ordered
	 */
	protected EList<PlacementPreference> preferences;

	/**
	 * The default value of the '{@link #getMaxReplicasPerNode() <em>Max Replicas Per Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxReplicasPerNode()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_REPLICAS_PER_NODE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxReplicasPerNode() <em>Max Replicas Per Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxReplicasPerNode()
	 * @generated
	 * @ordered
	 */
	protected int maxReplicasPerNode = MAX_REPLICAS_PER_NODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReservations() <em>Reservations</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReservations()
	 * @generated
	 * @ordered
	 */
	protected Resources reservations;

	/**
	 * The cached value of the '{@link #getLimits() <em>Limits</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimits()
	 * @generated
	 * @ordered
	 */
	protected Resources limits;

	/**
	 * The cached value of the '{@link #getRestartPolicy() <em>Restart Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestartPolicy()
	 * @generated
	 * @ordered
	 */
	protected RestartPolicy restartPolicy;

	/**
	 * The cached value of the '{@link #getUpdateConfig() <em>Update Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdateConfig()
	 * @generated
	 * @ordered
	 */
	protected UpdateConfig updateConfig;

	/**
	 * The cached value of the '{@link #getRollbackConfig() <em>Rollback Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRollbackConfig()
	 * @generated
	 * @ordered
	 */
	protected UpdateConfig rollbackConfig;

	/**
	 * The cached value of the '{@link #getHealthcheck() <em>Healthcheck</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHealthcheck()
	 * @generated
	 * @ordered
	 */
	protected Healthcheck healthcheck;

	/**
	 * The cached value of the '{@link #getMounts() <em>Mounts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMounts()
	 * @generated
	 * @ordered
	 */
	protected EList<Mount> mounts;

	/**
	 * The cached value of the '{@link #getSecrets() <em>Secrets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecrets()
	 * @generated
	 * @ordered
	 */
	protected EList<SecretReference> secrets;

	/**
	 * The cached value of the '{@link #getConfigs() <em>Configs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfigs()
	 * @generated
	 * @ordered
	 */
	protected EList<ConfigReference> configs;

	/**
	 * The default value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected static final String HOSTNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected String hostname = HOSTNAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected String user = USER_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorkingDir() <em>Working Dir</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkingDir()
	 * @generated
	 * @ordered
	 */
	protected static final String WORKING_DIR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWorkingDir() <em>Working Dir</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkingDir()
	 * @generated
	 * @ordered
	 */
	protected String workingDir = WORKING_DIR_EDEFAULT;

	/**
	 * The default value of the '{@link #getStopSignal() <em>Stop Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopSignal()
	 * @generated
	 * @ordered
	 */
	protected static final String STOP_SIGNAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStopSignal() <em>Stop Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopSignal()
	 * @generated
	 * @ordered
	 */
	protected String stopSignal = STOP_SIGNAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getStopGracePeriod() <em>Stop Grace Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopGracePeriod()
	 * @generated
	 * @ordered
	 */
	protected static final long STOP_GRACE_PERIOD_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStopGracePeriod() <em>Stop Grace Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopGracePeriod()
	 * @generated
	 * @ordered
	 */
	protected long stopGracePeriod = STOP_GRACE_PERIOD_EDEFAULT;

	/**
	 * This is true if the Stop Grace Period attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean stopGracePeriodESet;

	/**
	 * The default value of the '{@link #isTty() <em>Tty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTty()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TTY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTty() <em>Tty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTty()
	 * @generated
	 * @ordered
	 */
	protected boolean tty = TTY_EDEFAULT;

	/**
	 * The default value of the '{@link #isOpenStdin() <em>Open Stdin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOpenStdin()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OPEN_STDIN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOpenStdin() <em>Open Stdin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOpenStdin()
	 * @generated
	 * @ordered
	 */
	protected boolean openStdin = OPEN_STDIN_EDEFAULT;

	/**
	 * The default value of the '{@link #isReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReadOnly()
	 * @generated
	 * @ordered
	 */
	protected static final boolean READ_ONLY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReadOnly()
	 * @generated
	 * @ordered
	 */
	protected boolean readOnly = READ_ONLY_EDEFAULT;

	/**
	 * The default value of the '{@link #isInit() <em>Init</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInit()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INIT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isInit() <em>Init</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInit()
	 * @generated
	 * @ordered
	 */
	protected boolean init = INIT_EDEFAULT;

	/**
	 * This is true if the Init attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean initESet;

	/**
	 * The default value of the '{@link #getIsolation() <em>Isolation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsolation()
	 * @generated
	 * @ordered
	 */
	protected static final String ISOLATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIsolation() <em>Isolation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsolation()
	 * @generated
	 * @ordered
	 */
	protected String isolation = ISOLATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOomScoreAdj() <em>Oom Score Adj</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOomScoreAdj()
	 * @generated
	 * @ordered
	 */
	protected static final int OOM_SCORE_ADJ_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOomScoreAdj() <em>Oom Score Adj</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOomScoreAdj()
	 * @generated
	 * @ordered
	 */
	protected int oomScoreAdj = OOM_SCORE_ADJ_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCapabilityAdd() <em>Capability Add</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapabilityAdd()
	 * @generated
	 * @ordered
	 */
	protected EList<String> capabilityAdd;

	/**
	 * The cached value of the '{@link #getCapabilityDrop() <em>Capability Drop</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapabilityDrop()
	 * @generated
	 * @ordered
	 */
	protected EList<String> capabilityDrop;

	/**
	 * The cached value of the '{@link #getSysctls() <em>Sysctls</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSysctls()
	 * @generated
	 * @ordered
	 */
	protected EList<Label> sysctls;

	/**
	 * The cached value of the '{@link #getUlimits() <em>Ulimits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUlimits()
	 * @generated
	 * @ordered
	 */
	protected EList<Ulimit> ulimits;

	/**
	 * The cached value of the '{@link #getDnsNameservers() <em>Dns Nameservers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDnsNameservers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> dnsNameservers;

	/**
	 * The cached value of the '{@link #getDnsSearch() <em>Dns Search</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDnsSearch()
	 * @generated
	 * @ordered
	 */
	protected EList<String> dnsSearch;

	/**
	 * The cached value of the '{@link #getExtraHosts() <em>Extra Hosts</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtraHosts()
	 * @generated
	 * @ordered
	 */
	protected EList<String> extraHosts;

	/**
	 * The cached value of the '{@link #getContainerLabels() <em>Container Labels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<Label> containerLabels;

	/**
	 * The cached value of the '{@link #getLogDriver() <em>Log Driver</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogDriver()
	 * @generated
	 * @ordered
	 */
	protected LogDriver logDriver;

	/**
	 * The cached value of the '{@link #getCredentialSpec() <em>Credential Spec</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredentialSpec()
	 * @generated
	 * @ordered
	 */
	protected CredentialSpec credentialSpec;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.SERVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImage() {
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImage(String newImage) {
		String oldImage = image;
		image = newImage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__IMAGE, oldImage, image));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCommand() {
		if (command == null) {
			command = new EDataTypeEList<String>(String.class, this, ModelPackage.SERVICE__COMMAND);
		}
		return command;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getArgs() {
		if (args == null) {
			args = new EDataTypeEList<String>(String.class, this, ModelPackage.SERVICE__ARGS);
		}
		return args;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEnv() {
		if (env == null) {
			env = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.SERVICE__ENV);
		}
		return env;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Label> getLabels() {
		if (labels == null) {
			labels = new EObjectContainmentEList<Label>(Label.class, this, ModelPackage.SERVICE__LABELS);
		}
		return labels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(ServiceMode newMode) {
		ServiceMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReplicas() {
		return replicas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplicas(int newReplicas) {
		int oldReplicas = replicas;
		replicas = newReplicas;
		boolean oldReplicasESet = replicasESet;
		replicasESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__REPLICAS, oldReplicas, replicas, !oldReplicasESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetReplicas() {
		int oldReplicas = replicas;
		boolean oldReplicasESet = replicasESet;
		replicas = REPLICAS_EDEFAULT;
		replicasESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ModelPackage.SERVICE__REPLICAS, oldReplicas, REPLICAS_EDEFAULT, oldReplicasESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetReplicas() {
		return replicasESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PublishedPort> getPorts() {
		if (ports == null) {
			ports = new EObjectContainmentEList<PublishedPort>(PublishedPort.class, this, ModelPackage.SERVICE__PORTS);
		}
		return ports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetworkAttachment> getNetworks() {
		if (networks == null) {
			networks = new EObjectContainmentEList<NetworkAttachment>(NetworkAttachment.class, this, ModelPackage.SERVICE__NETWORKS);
		}
		return networks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndpointMode getEndpointMode() {
		return endpointMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndpointMode(EndpointMode newEndpointMode) {
		EndpointMode oldEndpointMode = endpointMode;
		endpointMode = newEndpointMode == null ? ENDPOINT_MODE_EDEFAULT : newEndpointMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__ENDPOINT_MODE, oldEndpointMode, endpointMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Constraint> getConstraints() {
		if (constraints == null) {
			constraints = new EObjectContainmentEList<Constraint>(Constraint.class, this, ModelPackage.SERVICE__CONSTRAINTS);
		}
		return constraints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlacementPreference> getPreferences() {
		if (preferences == null) {
			preferences = new EObjectContainmentEList<PlacementPreference>(PlacementPreference.class, this, ModelPackage.SERVICE__PREFERENCES);
		}
		return preferences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxReplicasPerNode() {
		return maxReplicasPerNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxReplicasPerNode(int newMaxReplicasPerNode) {
		int oldMaxReplicasPerNode = maxReplicasPerNode;
		maxReplicasPerNode = newMaxReplicasPerNode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__MAX_REPLICAS_PER_NODE, oldMaxReplicasPerNode, maxReplicasPerNode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Resources getReservations() {
		return reservations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReservations(Resources newReservations, NotificationChain msgs) {
		Resources oldReservations = reservations;
		reservations = newReservations;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__RESERVATIONS, oldReservations, newReservations);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReservations(Resources newReservations) {
		if (newReservations != reservations) {
			NotificationChain msgs = null;
			if (reservations != null)
				msgs = ((InternalEObject)reservations).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.SERVICE__RESERVATIONS, null, msgs);
			if (newReservations != null)
				msgs = ((InternalEObject)newReservations).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.SERVICE__RESERVATIONS, null, msgs);
			msgs = basicSetReservations(newReservations, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__RESERVATIONS, newReservations, newReservations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Resources getLimits() {
		return limits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLimits(Resources newLimits, NotificationChain msgs) {
		Resources oldLimits = limits;
		limits = newLimits;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__LIMITS, oldLimits, newLimits);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLimits(Resources newLimits) {
		if (newLimits != limits) {
			NotificationChain msgs = null;
			if (limits != null)
				msgs = ((InternalEObject)limits).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.SERVICE__LIMITS, null, msgs);
			if (newLimits != null)
				msgs = ((InternalEObject)newLimits).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.SERVICE__LIMITS, null, msgs);
			msgs = basicSetLimits(newLimits, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__LIMITS, newLimits, newLimits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RestartPolicy getRestartPolicy() {
		return restartPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRestartPolicy(RestartPolicy newRestartPolicy, NotificationChain msgs) {
		RestartPolicy oldRestartPolicy = restartPolicy;
		restartPolicy = newRestartPolicy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__RESTART_POLICY, oldRestartPolicy, newRestartPolicy);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRestartPolicy(RestartPolicy newRestartPolicy) {
		if (newRestartPolicy != restartPolicy) {
			NotificationChain msgs = null;
			if (restartPolicy != null)
				msgs = ((InternalEObject)restartPolicy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.SERVICE__RESTART_POLICY, null, msgs);
			if (newRestartPolicy != null)
				msgs = ((InternalEObject)newRestartPolicy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.SERVICE__RESTART_POLICY, null, msgs);
			msgs = basicSetRestartPolicy(newRestartPolicy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__RESTART_POLICY, newRestartPolicy, newRestartPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateConfig getUpdateConfig() {
		return updateConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetUpdateConfig(UpdateConfig newUpdateConfig, NotificationChain msgs) {
		UpdateConfig oldUpdateConfig = updateConfig;
		updateConfig = newUpdateConfig;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__UPDATE_CONFIG, oldUpdateConfig, newUpdateConfig);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdateConfig(UpdateConfig newUpdateConfig) {
		if (newUpdateConfig != updateConfig) {
			NotificationChain msgs = null;
			if (updateConfig != null)
				msgs = ((InternalEObject)updateConfig).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.SERVICE__UPDATE_CONFIG, null, msgs);
			if (newUpdateConfig != null)
				msgs = ((InternalEObject)newUpdateConfig).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.SERVICE__UPDATE_CONFIG, null, msgs);
			msgs = basicSetUpdateConfig(newUpdateConfig, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__UPDATE_CONFIG, newUpdateConfig, newUpdateConfig));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateConfig getRollbackConfig() {
		return rollbackConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRollbackConfig(UpdateConfig newRollbackConfig, NotificationChain msgs) {
		UpdateConfig oldRollbackConfig = rollbackConfig;
		rollbackConfig = newRollbackConfig;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__ROLLBACK_CONFIG, oldRollbackConfig, newRollbackConfig);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRollbackConfig(UpdateConfig newRollbackConfig) {
		if (newRollbackConfig != rollbackConfig) {
			NotificationChain msgs = null;
			if (rollbackConfig != null)
				msgs = ((InternalEObject)rollbackConfig).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.SERVICE__ROLLBACK_CONFIG, null, msgs);
			if (newRollbackConfig != null)
				msgs = ((InternalEObject)newRollbackConfig).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.SERVICE__ROLLBACK_CONFIG, null, msgs);
			msgs = basicSetRollbackConfig(newRollbackConfig, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__ROLLBACK_CONFIG, newRollbackConfig, newRollbackConfig));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Healthcheck getHealthcheck() {
		return healthcheck;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHealthcheck(Healthcheck newHealthcheck, NotificationChain msgs) {
		Healthcheck oldHealthcheck = healthcheck;
		healthcheck = newHealthcheck;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__HEALTHCHECK, oldHealthcheck, newHealthcheck);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHealthcheck(Healthcheck newHealthcheck) {
		if (newHealthcheck != healthcheck) {
			NotificationChain msgs = null;
			if (healthcheck != null)
				msgs = ((InternalEObject)healthcheck).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.SERVICE__HEALTHCHECK, null, msgs);
			if (newHealthcheck != null)
				msgs = ((InternalEObject)newHealthcheck).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.SERVICE__HEALTHCHECK, null, msgs);
			msgs = basicSetHealthcheck(newHealthcheck, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__HEALTHCHECK, newHealthcheck, newHealthcheck));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Mount> getMounts() {
		if (mounts == null) {
			mounts = new EObjectContainmentEList<Mount>(Mount.class, this, ModelPackage.SERVICE__MOUNTS);
		}
		return mounts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SecretReference> getSecrets() {
		if (secrets == null) {
			secrets = new EObjectContainmentEList<SecretReference>(SecretReference.class, this, ModelPackage.SERVICE__SECRETS);
		}
		return secrets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConfigReference> getConfigs() {
		if (configs == null) {
			configs = new EObjectContainmentEList<ConfigReference>(ConfigReference.class, this, ModelPackage.SERVICE__CONFIGS);
		}
		return configs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostname() {
		return hostname;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostname(String newHostname) {
		String oldHostname = hostname;
		hostname = newHostname;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__HOSTNAME, oldHostname, hostname));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUser() {
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUser(String newUser) {
		String oldUser = user;
		user = newUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__USER, oldUser, user));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWorkingDir() {
		return workingDir;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkingDir(String newWorkingDir) {
		String oldWorkingDir = workingDir;
		workingDir = newWorkingDir;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__WORKING_DIR, oldWorkingDir, workingDir));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStopSignal() {
		return stopSignal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStopSignal(String newStopSignal) {
		String oldStopSignal = stopSignal;
		stopSignal = newStopSignal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__STOP_SIGNAL, oldStopSignal, stopSignal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStopGracePeriod() {
		return stopGracePeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStopGracePeriod(long newStopGracePeriod) {
		long oldStopGracePeriod = stopGracePeriod;
		stopGracePeriod = newStopGracePeriod;
		boolean oldStopGracePeriodESet = stopGracePeriodESet;
		stopGracePeriodESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__STOP_GRACE_PERIOD, oldStopGracePeriod, stopGracePeriod, !oldStopGracePeriodESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStopGracePeriod() {
		long oldStopGracePeriod = stopGracePeriod;
		boolean oldStopGracePeriodESet = stopGracePeriodESet;
		stopGracePeriod = STOP_GRACE_PERIOD_EDEFAULT;
		stopGracePeriodESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ModelPackage.SERVICE__STOP_GRACE_PERIOD, oldStopGracePeriod, STOP_GRACE_PERIOD_EDEFAULT, oldStopGracePeriodESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStopGracePeriod() {
		return stopGracePeriodESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTty() {
		return tty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTty(boolean newTty) {
		boolean oldTty = tty;
		tty = newTty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__TTY, oldTty, tty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOpenStdin() {
		return openStdin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpenStdin(boolean newOpenStdin) {
		boolean oldOpenStdin = openStdin;
		openStdin = newOpenStdin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__OPEN_STDIN, oldOpenStdin, openStdin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReadOnly() {
		return readOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadOnly(boolean newReadOnly) {
		boolean oldReadOnly = readOnly;
		readOnly = newReadOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__READ_ONLY, oldReadOnly, readOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInit() {
		return init;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInit(boolean newInit) {
		boolean oldInit = init;
		init = newInit;
		boolean oldInitESet = initESet;
		initESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__INIT, oldInit, init, !oldInitESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetInit() {
		boolean oldInit = init;
		boolean oldInitESet = initESet;
		init = INIT_EDEFAULT;
		initESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ModelPackage.SERVICE__INIT, oldInit, INIT_EDEFAULT, oldInitESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetInit() {
		return initESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIsolation() {
		return isolation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsolation(String newIsolation) {
		String oldIsolation = isolation;
		isolation = newIsolation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__ISOLATION, oldIsolation, isolation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOomScoreAdj() {
		return oomScoreAdj;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOomScoreAdj(int newOomScoreAdj) {
		int oldOomScoreAdj = oomScoreAdj;
		oomScoreAdj = newOomScoreAdj;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__OOM_SCORE_ADJ, oldOomScoreAdj, oomScoreAdj));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCapabilityAdd() {
		if (capabilityAdd == null) {
			capabilityAdd = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.SERVICE__CAPABILITY_ADD);
		}
		return capabilityAdd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCapabilityDrop() {
		if (capabilityDrop == null) {
			capabilityDrop = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.SERVICE__CAPABILITY_DROP);
		}
		return capabilityDrop;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Label> getSysctls() {
		if (sysctls == null) {
			sysctls = new EObjectContainmentEList<Label>(Label.class, this, ModelPackage.SERVICE__SYSCTLS);
		}
		return sysctls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Ulimit> getUlimits() {
		if (ulimits == null) {
			ulimits = new EObjectContainmentEList<Ulimit>(Ulimit.class, this, ModelPackage.SERVICE__ULIMITS);
		}
		return ulimits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDnsNameservers() {
		if (dnsNameservers == null) {
			dnsNameservers = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.SERVICE__DNS_NAMESERVERS);
		}
		return dnsNameservers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDnsSearch() {
		if (dnsSearch == null) {
			dnsSearch = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.SERVICE__DNS_SEARCH);
		}
		return dnsSearch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExtraHosts() {
		if (extraHosts == null) {
			extraHosts = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.SERVICE__EXTRA_HOSTS);
		}
		return extraHosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Label> getContainerLabels() {
		if (containerLabels == null) {
			containerLabels = new EObjectContainmentEList<Label>(Label.class, this, ModelPackage.SERVICE__CONTAINER_LABELS);
		}
		return containerLabels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogDriver getLogDriver() {
		return logDriver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLogDriver(LogDriver newLogDriver, NotificationChain msgs) {
		LogDriver oldLogDriver = logDriver;
		logDriver = newLogDriver;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__LOG_DRIVER, oldLogDriver, newLogDriver);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogDriver(LogDriver newLogDriver) {
		if (newLogDriver != logDriver) {
			NotificationChain msgs = null;
			if (logDriver != null)
				msgs = ((InternalEObject)logDriver).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.SERVICE__LOG_DRIVER, null, msgs);
			if (newLogDriver != null)
				msgs = ((InternalEObject)newLogDriver).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.SERVICE__LOG_DRIVER, null, msgs);
			msgs = basicSetLogDriver(newLogDriver, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__LOG_DRIVER, newLogDriver, newLogDriver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CredentialSpec getCredentialSpec() {
		return credentialSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCredentialSpec(CredentialSpec newCredentialSpec, NotificationChain msgs) {
		CredentialSpec oldCredentialSpec = credentialSpec;
		credentialSpec = newCredentialSpec;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__CREDENTIAL_SPEC, oldCredentialSpec, newCredentialSpec);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCredentialSpec(CredentialSpec newCredentialSpec) {
		if (newCredentialSpec != credentialSpec) {
			NotificationChain msgs = null;
			if (credentialSpec != null)
				msgs = ((InternalEObject)credentialSpec).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.SERVICE__CREDENTIAL_SPEC, null, msgs);
			if (newCredentialSpec != null)
				msgs = ((InternalEObject)newCredentialSpec).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.SERVICE__CREDENTIAL_SPEC, null, msgs);
			msgs = basicSetCredentialSpec(newCredentialSpec, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SERVICE__CREDENTIAL_SPEC, newCredentialSpec, newCredentialSpec));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String qualifiedName() {
		return eContainer() instanceof Stack stack ? stack.getName() + "_" + getName() : getName();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.SERVICE__LABELS:
				return ((InternalEList<?>)getLabels()).basicRemove(otherEnd, msgs);
			case ModelPackage.SERVICE__PORTS:
				return ((InternalEList<?>)getPorts()).basicRemove(otherEnd, msgs);
			case ModelPackage.SERVICE__NETWORKS:
				return ((InternalEList<?>)getNetworks()).basicRemove(otherEnd, msgs);
			case ModelPackage.SERVICE__CONSTRAINTS:
				return ((InternalEList<?>)getConstraints()).basicRemove(otherEnd, msgs);
			case ModelPackage.SERVICE__PREFERENCES:
				return ((InternalEList<?>)getPreferences()).basicRemove(otherEnd, msgs);
			case ModelPackage.SERVICE__RESERVATIONS:
				return basicSetReservations(null, msgs);
			case ModelPackage.SERVICE__LIMITS:
				return basicSetLimits(null, msgs);
			case ModelPackage.SERVICE__RESTART_POLICY:
				return basicSetRestartPolicy(null, msgs);
			case ModelPackage.SERVICE__UPDATE_CONFIG:
				return basicSetUpdateConfig(null, msgs);
			case ModelPackage.SERVICE__ROLLBACK_CONFIG:
				return basicSetRollbackConfig(null, msgs);
			case ModelPackage.SERVICE__HEALTHCHECK:
				return basicSetHealthcheck(null, msgs);
			case ModelPackage.SERVICE__MOUNTS:
				return ((InternalEList<?>)getMounts()).basicRemove(otherEnd, msgs);
			case ModelPackage.SERVICE__SECRETS:
				return ((InternalEList<?>)getSecrets()).basicRemove(otherEnd, msgs);
			case ModelPackage.SERVICE__CONFIGS:
				return ((InternalEList<?>)getConfigs()).basicRemove(otherEnd, msgs);
			case ModelPackage.SERVICE__SYSCTLS:
				return ((InternalEList<?>)getSysctls()).basicRemove(otherEnd, msgs);
			case ModelPackage.SERVICE__ULIMITS:
				return ((InternalEList<?>)getUlimits()).basicRemove(otherEnd, msgs);
			case ModelPackage.SERVICE__CONTAINER_LABELS:
				return ((InternalEList<?>)getContainerLabels()).basicRemove(otherEnd, msgs);
			case ModelPackage.SERVICE__LOG_DRIVER:
				return basicSetLogDriver(null, msgs);
			case ModelPackage.SERVICE__CREDENTIAL_SPEC:
				return basicSetCredentialSpec(null, msgs);
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
			case ModelPackage.SERVICE__IMAGE:
				return getImage();
			case ModelPackage.SERVICE__COMMAND:
				return getCommand();
			case ModelPackage.SERVICE__ARGS:
				return getArgs();
			case ModelPackage.SERVICE__ENV:
				return getEnv();
			case ModelPackage.SERVICE__LABELS:
				return getLabels();
			case ModelPackage.SERVICE__MODE:
				return getMode();
			case ModelPackage.SERVICE__REPLICAS:
				return getReplicas();
			case ModelPackage.SERVICE__PORTS:
				return getPorts();
			case ModelPackage.SERVICE__NETWORKS:
				return getNetworks();
			case ModelPackage.SERVICE__ENDPOINT_MODE:
				return getEndpointMode();
			case ModelPackage.SERVICE__CONSTRAINTS:
				return getConstraints();
			case ModelPackage.SERVICE__PREFERENCES:
				return getPreferences();
			case ModelPackage.SERVICE__MAX_REPLICAS_PER_NODE:
				return getMaxReplicasPerNode();
			case ModelPackage.SERVICE__RESERVATIONS:
				return getReservations();
			case ModelPackage.SERVICE__LIMITS:
				return getLimits();
			case ModelPackage.SERVICE__RESTART_POLICY:
				return getRestartPolicy();
			case ModelPackage.SERVICE__UPDATE_CONFIG:
				return getUpdateConfig();
			case ModelPackage.SERVICE__ROLLBACK_CONFIG:
				return getRollbackConfig();
			case ModelPackage.SERVICE__HEALTHCHECK:
				return getHealthcheck();
			case ModelPackage.SERVICE__MOUNTS:
				return getMounts();
			case ModelPackage.SERVICE__SECRETS:
				return getSecrets();
			case ModelPackage.SERVICE__CONFIGS:
				return getConfigs();
			case ModelPackage.SERVICE__HOSTNAME:
				return getHostname();
			case ModelPackage.SERVICE__USER:
				return getUser();
			case ModelPackage.SERVICE__WORKING_DIR:
				return getWorkingDir();
			case ModelPackage.SERVICE__STOP_SIGNAL:
				return getStopSignal();
			case ModelPackage.SERVICE__STOP_GRACE_PERIOD:
				return getStopGracePeriod();
			case ModelPackage.SERVICE__TTY:
				return isTty();
			case ModelPackage.SERVICE__OPEN_STDIN:
				return isOpenStdin();
			case ModelPackage.SERVICE__READ_ONLY:
				return isReadOnly();
			case ModelPackage.SERVICE__INIT:
				return isInit();
			case ModelPackage.SERVICE__ISOLATION:
				return getIsolation();
			case ModelPackage.SERVICE__OOM_SCORE_ADJ:
				return getOomScoreAdj();
			case ModelPackage.SERVICE__CAPABILITY_ADD:
				return getCapabilityAdd();
			case ModelPackage.SERVICE__CAPABILITY_DROP:
				return getCapabilityDrop();
			case ModelPackage.SERVICE__SYSCTLS:
				return getSysctls();
			case ModelPackage.SERVICE__ULIMITS:
				return getUlimits();
			case ModelPackage.SERVICE__DNS_NAMESERVERS:
				return getDnsNameservers();
			case ModelPackage.SERVICE__DNS_SEARCH:
				return getDnsSearch();
			case ModelPackage.SERVICE__EXTRA_HOSTS:
				return getExtraHosts();
			case ModelPackage.SERVICE__CONTAINER_LABELS:
				return getContainerLabels();
			case ModelPackage.SERVICE__LOG_DRIVER:
				return getLogDriver();
			case ModelPackage.SERVICE__CREDENTIAL_SPEC:
				return getCredentialSpec();
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
			case ModelPackage.SERVICE__IMAGE:
				setImage((String)newValue);
				return;
			case ModelPackage.SERVICE__COMMAND:
				getCommand().clear();
				getCommand().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.SERVICE__ARGS:
				getArgs().clear();
				getArgs().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.SERVICE__ENV:
				getEnv().clear();
				getEnv().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.SERVICE__LABELS:
				getLabels().clear();
				getLabels().addAll((Collection<? extends Label>)newValue);
				return;
			case ModelPackage.SERVICE__MODE:
				setMode((ServiceMode)newValue);
				return;
			case ModelPackage.SERVICE__REPLICAS:
				setReplicas((Integer)newValue);
				return;
			case ModelPackage.SERVICE__PORTS:
				getPorts().clear();
				getPorts().addAll((Collection<? extends PublishedPort>)newValue);
				return;
			case ModelPackage.SERVICE__NETWORKS:
				getNetworks().clear();
				getNetworks().addAll((Collection<? extends NetworkAttachment>)newValue);
				return;
			case ModelPackage.SERVICE__ENDPOINT_MODE:
				setEndpointMode((EndpointMode)newValue);
				return;
			case ModelPackage.SERVICE__CONSTRAINTS:
				getConstraints().clear();
				getConstraints().addAll((Collection<? extends Constraint>)newValue);
				return;
			case ModelPackage.SERVICE__PREFERENCES:
				getPreferences().clear();
				getPreferences().addAll((Collection<? extends PlacementPreference>)newValue);
				return;
			case ModelPackage.SERVICE__MAX_REPLICAS_PER_NODE:
				setMaxReplicasPerNode((Integer)newValue);
				return;
			case ModelPackage.SERVICE__RESERVATIONS:
				setReservations((Resources)newValue);
				return;
			case ModelPackage.SERVICE__LIMITS:
				setLimits((Resources)newValue);
				return;
			case ModelPackage.SERVICE__RESTART_POLICY:
				setRestartPolicy((RestartPolicy)newValue);
				return;
			case ModelPackage.SERVICE__UPDATE_CONFIG:
				setUpdateConfig((UpdateConfig)newValue);
				return;
			case ModelPackage.SERVICE__ROLLBACK_CONFIG:
				setRollbackConfig((UpdateConfig)newValue);
				return;
			case ModelPackage.SERVICE__HEALTHCHECK:
				setHealthcheck((Healthcheck)newValue);
				return;
			case ModelPackage.SERVICE__MOUNTS:
				getMounts().clear();
				getMounts().addAll((Collection<? extends Mount>)newValue);
				return;
			case ModelPackage.SERVICE__SECRETS:
				getSecrets().clear();
				getSecrets().addAll((Collection<? extends SecretReference>)newValue);
				return;
			case ModelPackage.SERVICE__CONFIGS:
				getConfigs().clear();
				getConfigs().addAll((Collection<? extends ConfigReference>)newValue);
				return;
			case ModelPackage.SERVICE__HOSTNAME:
				setHostname((String)newValue);
				return;
			case ModelPackage.SERVICE__USER:
				setUser((String)newValue);
				return;
			case ModelPackage.SERVICE__WORKING_DIR:
				setWorkingDir((String)newValue);
				return;
			case ModelPackage.SERVICE__STOP_SIGNAL:
				setStopSignal((String)newValue);
				return;
			case ModelPackage.SERVICE__STOP_GRACE_PERIOD:
				setStopGracePeriod((Long)newValue);
				return;
			case ModelPackage.SERVICE__TTY:
				setTty((Boolean)newValue);
				return;
			case ModelPackage.SERVICE__OPEN_STDIN:
				setOpenStdin((Boolean)newValue);
				return;
			case ModelPackage.SERVICE__READ_ONLY:
				setReadOnly((Boolean)newValue);
				return;
			case ModelPackage.SERVICE__INIT:
				setInit((Boolean)newValue);
				return;
			case ModelPackage.SERVICE__ISOLATION:
				setIsolation((String)newValue);
				return;
			case ModelPackage.SERVICE__OOM_SCORE_ADJ:
				setOomScoreAdj((Integer)newValue);
				return;
			case ModelPackage.SERVICE__CAPABILITY_ADD:
				getCapabilityAdd().clear();
				getCapabilityAdd().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.SERVICE__CAPABILITY_DROP:
				getCapabilityDrop().clear();
				getCapabilityDrop().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.SERVICE__SYSCTLS:
				getSysctls().clear();
				getSysctls().addAll((Collection<? extends Label>)newValue);
				return;
			case ModelPackage.SERVICE__ULIMITS:
				getUlimits().clear();
				getUlimits().addAll((Collection<? extends Ulimit>)newValue);
				return;
			case ModelPackage.SERVICE__DNS_NAMESERVERS:
				getDnsNameservers().clear();
				getDnsNameservers().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.SERVICE__DNS_SEARCH:
				getDnsSearch().clear();
				getDnsSearch().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.SERVICE__EXTRA_HOSTS:
				getExtraHosts().clear();
				getExtraHosts().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.SERVICE__CONTAINER_LABELS:
				getContainerLabels().clear();
				getContainerLabels().addAll((Collection<? extends Label>)newValue);
				return;
			case ModelPackage.SERVICE__LOG_DRIVER:
				setLogDriver((LogDriver)newValue);
				return;
			case ModelPackage.SERVICE__CREDENTIAL_SPEC:
				setCredentialSpec((CredentialSpec)newValue);
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
			case ModelPackage.SERVICE__IMAGE:
				setImage(IMAGE_EDEFAULT);
				return;
			case ModelPackage.SERVICE__COMMAND:
				getCommand().clear();
				return;
			case ModelPackage.SERVICE__ARGS:
				getArgs().clear();
				return;
			case ModelPackage.SERVICE__ENV:
				getEnv().clear();
				return;
			case ModelPackage.SERVICE__LABELS:
				getLabels().clear();
				return;
			case ModelPackage.SERVICE__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case ModelPackage.SERVICE__REPLICAS:
				unsetReplicas();
				return;
			case ModelPackage.SERVICE__PORTS:
				getPorts().clear();
				return;
			case ModelPackage.SERVICE__NETWORKS:
				getNetworks().clear();
				return;
			case ModelPackage.SERVICE__ENDPOINT_MODE:
				setEndpointMode(ENDPOINT_MODE_EDEFAULT);
				return;
			case ModelPackage.SERVICE__CONSTRAINTS:
				getConstraints().clear();
				return;
			case ModelPackage.SERVICE__PREFERENCES:
				getPreferences().clear();
				return;
			case ModelPackage.SERVICE__MAX_REPLICAS_PER_NODE:
				setMaxReplicasPerNode(MAX_REPLICAS_PER_NODE_EDEFAULT);
				return;
			case ModelPackage.SERVICE__RESERVATIONS:
				setReservations((Resources)null);
				return;
			case ModelPackage.SERVICE__LIMITS:
				setLimits((Resources)null);
				return;
			case ModelPackage.SERVICE__RESTART_POLICY:
				setRestartPolicy((RestartPolicy)null);
				return;
			case ModelPackage.SERVICE__UPDATE_CONFIG:
				setUpdateConfig((UpdateConfig)null);
				return;
			case ModelPackage.SERVICE__ROLLBACK_CONFIG:
				setRollbackConfig((UpdateConfig)null);
				return;
			case ModelPackage.SERVICE__HEALTHCHECK:
				setHealthcheck((Healthcheck)null);
				return;
			case ModelPackage.SERVICE__MOUNTS:
				getMounts().clear();
				return;
			case ModelPackage.SERVICE__SECRETS:
				getSecrets().clear();
				return;
			case ModelPackage.SERVICE__CONFIGS:
				getConfigs().clear();
				return;
			case ModelPackage.SERVICE__HOSTNAME:
				setHostname(HOSTNAME_EDEFAULT);
				return;
			case ModelPackage.SERVICE__USER:
				setUser(USER_EDEFAULT);
				return;
			case ModelPackage.SERVICE__WORKING_DIR:
				setWorkingDir(WORKING_DIR_EDEFAULT);
				return;
			case ModelPackage.SERVICE__STOP_SIGNAL:
				setStopSignal(STOP_SIGNAL_EDEFAULT);
				return;
			case ModelPackage.SERVICE__STOP_GRACE_PERIOD:
				unsetStopGracePeriod();
				return;
			case ModelPackage.SERVICE__TTY:
				setTty(TTY_EDEFAULT);
				return;
			case ModelPackage.SERVICE__OPEN_STDIN:
				setOpenStdin(OPEN_STDIN_EDEFAULT);
				return;
			case ModelPackage.SERVICE__READ_ONLY:
				setReadOnly(READ_ONLY_EDEFAULT);
				return;
			case ModelPackage.SERVICE__INIT:
				unsetInit();
				return;
			case ModelPackage.SERVICE__ISOLATION:
				setIsolation(ISOLATION_EDEFAULT);
				return;
			case ModelPackage.SERVICE__OOM_SCORE_ADJ:
				setOomScoreAdj(OOM_SCORE_ADJ_EDEFAULT);
				return;
			case ModelPackage.SERVICE__CAPABILITY_ADD:
				getCapabilityAdd().clear();
				return;
			case ModelPackage.SERVICE__CAPABILITY_DROP:
				getCapabilityDrop().clear();
				return;
			case ModelPackage.SERVICE__SYSCTLS:
				getSysctls().clear();
				return;
			case ModelPackage.SERVICE__ULIMITS:
				getUlimits().clear();
				return;
			case ModelPackage.SERVICE__DNS_NAMESERVERS:
				getDnsNameservers().clear();
				return;
			case ModelPackage.SERVICE__DNS_SEARCH:
				getDnsSearch().clear();
				return;
			case ModelPackage.SERVICE__EXTRA_HOSTS:
				getExtraHosts().clear();
				return;
			case ModelPackage.SERVICE__CONTAINER_LABELS:
				getContainerLabels().clear();
				return;
			case ModelPackage.SERVICE__LOG_DRIVER:
				setLogDriver((LogDriver)null);
				return;
			case ModelPackage.SERVICE__CREDENTIAL_SPEC:
				setCredentialSpec((CredentialSpec)null);
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
			case ModelPackage.SERVICE__IMAGE:
				return IMAGE_EDEFAULT == null ? image != null : !IMAGE_EDEFAULT.equals(image);
			case ModelPackage.SERVICE__COMMAND:
				return command != null && !command.isEmpty();
			case ModelPackage.SERVICE__ARGS:
				return args != null && !args.isEmpty();
			case ModelPackage.SERVICE__ENV:
				return env != null && !env.isEmpty();
			case ModelPackage.SERVICE__LABELS:
				return labels != null && !labels.isEmpty();
			case ModelPackage.SERVICE__MODE:
				return mode != MODE_EDEFAULT;
			case ModelPackage.SERVICE__REPLICAS:
				return isSetReplicas();
			case ModelPackage.SERVICE__PORTS:
				return ports != null && !ports.isEmpty();
			case ModelPackage.SERVICE__NETWORKS:
				return networks != null && !networks.isEmpty();
			case ModelPackage.SERVICE__ENDPOINT_MODE:
				return endpointMode != ENDPOINT_MODE_EDEFAULT;
			case ModelPackage.SERVICE__CONSTRAINTS:
				return constraints != null && !constraints.isEmpty();
			case ModelPackage.SERVICE__PREFERENCES:
				return preferences != null && !preferences.isEmpty();
			case ModelPackage.SERVICE__MAX_REPLICAS_PER_NODE:
				return maxReplicasPerNode != MAX_REPLICAS_PER_NODE_EDEFAULT;
			case ModelPackage.SERVICE__RESERVATIONS:
				return reservations != null;
			case ModelPackage.SERVICE__LIMITS:
				return limits != null;
			case ModelPackage.SERVICE__RESTART_POLICY:
				return restartPolicy != null;
			case ModelPackage.SERVICE__UPDATE_CONFIG:
				return updateConfig != null;
			case ModelPackage.SERVICE__ROLLBACK_CONFIG:
				return rollbackConfig != null;
			case ModelPackage.SERVICE__HEALTHCHECK:
				return healthcheck != null;
			case ModelPackage.SERVICE__MOUNTS:
				return mounts != null && !mounts.isEmpty();
			case ModelPackage.SERVICE__SECRETS:
				return secrets != null && !secrets.isEmpty();
			case ModelPackage.SERVICE__CONFIGS:
				return configs != null && !configs.isEmpty();
			case ModelPackage.SERVICE__HOSTNAME:
				return HOSTNAME_EDEFAULT == null ? hostname != null : !HOSTNAME_EDEFAULT.equals(hostname);
			case ModelPackage.SERVICE__USER:
				return USER_EDEFAULT == null ? user != null : !USER_EDEFAULT.equals(user);
			case ModelPackage.SERVICE__WORKING_DIR:
				return WORKING_DIR_EDEFAULT == null ? workingDir != null : !WORKING_DIR_EDEFAULT.equals(workingDir);
			case ModelPackage.SERVICE__STOP_SIGNAL:
				return STOP_SIGNAL_EDEFAULT == null ? stopSignal != null : !STOP_SIGNAL_EDEFAULT.equals(stopSignal);
			case ModelPackage.SERVICE__STOP_GRACE_PERIOD:
				return isSetStopGracePeriod();
			case ModelPackage.SERVICE__TTY:
				return tty != TTY_EDEFAULT;
			case ModelPackage.SERVICE__OPEN_STDIN:
				return openStdin != OPEN_STDIN_EDEFAULT;
			case ModelPackage.SERVICE__READ_ONLY:
				return readOnly != READ_ONLY_EDEFAULT;
			case ModelPackage.SERVICE__INIT:
				return isSetInit();
			case ModelPackage.SERVICE__ISOLATION:
				return ISOLATION_EDEFAULT == null ? isolation != null : !ISOLATION_EDEFAULT.equals(isolation);
			case ModelPackage.SERVICE__OOM_SCORE_ADJ:
				return oomScoreAdj != OOM_SCORE_ADJ_EDEFAULT;
			case ModelPackage.SERVICE__CAPABILITY_ADD:
				return capabilityAdd != null && !capabilityAdd.isEmpty();
			case ModelPackage.SERVICE__CAPABILITY_DROP:
				return capabilityDrop != null && !capabilityDrop.isEmpty();
			case ModelPackage.SERVICE__SYSCTLS:
				return sysctls != null && !sysctls.isEmpty();
			case ModelPackage.SERVICE__ULIMITS:
				return ulimits != null && !ulimits.isEmpty();
			case ModelPackage.SERVICE__DNS_NAMESERVERS:
				return dnsNameservers != null && !dnsNameservers.isEmpty();
			case ModelPackage.SERVICE__DNS_SEARCH:
				return dnsSearch != null && !dnsSearch.isEmpty();
			case ModelPackage.SERVICE__EXTRA_HOSTS:
				return extraHosts != null && !extraHosts.isEmpty();
			case ModelPackage.SERVICE__CONTAINER_LABELS:
				return containerLabels != null && !containerLabels.isEmpty();
			case ModelPackage.SERVICE__LOG_DRIVER:
				return logDriver != null;
			case ModelPackage.SERVICE__CREDENTIAL_SPEC:
				return credentialSpec != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case ModelPackage.SERVICE___QUALIFIED_NAME:
				return qualifiedName();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (image: ");
		result.append(image);
		result.append(", command: ");
		result.append(command);
		result.append(", args: ");
		result.append(args);
		result.append(", env: ");
		result.append(env);
		result.append(", mode: ");
		result.append(mode);
		result.append(", replicas: ");
		if (replicasESet) result.append(replicas); else result.append("<unset>");
		result.append(", endpointMode: ");
		result.append(endpointMode);
		result.append(", maxReplicasPerNode: ");
		result.append(maxReplicasPerNode);
		result.append(", hostname: ");
		result.append(hostname);
		result.append(", user: ");
		result.append(user);
		result.append(", workingDir: ");
		result.append(workingDir);
		result.append(", stopSignal: ");
		result.append(stopSignal);
		result.append(", stopGracePeriod: ");
		if (stopGracePeriodESet) result.append(stopGracePeriod); else result.append("<unset>");
		result.append(", tty: ");
		result.append(tty);
		result.append(", openStdin: ");
		result.append(openStdin);
		result.append(", readOnly: ");
		result.append(readOnly);
		result.append(", init: ");
		if (initESet) result.append(init); else result.append("<unset>");
		result.append(", isolation: ");
		result.append(isolation);
		result.append(", oomScoreAdj: ");
		result.append(oomScoreAdj);
		result.append(", capabilityAdd: ");
		result.append(capabilityAdd);
		result.append(", capabilityDrop: ");
		result.append(capabilityDrop);
		result.append(", dnsNameservers: ");
		result.append(dnsNameservers);
		result.append(", dnsSearch: ");
		result.append(dnsSearch);
		result.append(", extraHosts: ");
		result.append(extraHosts);
		result.append(')');
		return result.toString();
	}

} //ServiceImpl
