/**
 */
package flotilla.model.provider;


import flotilla.model.ModelFactory;
import flotilla.model.ModelPackage;
import flotilla.model.Service;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link flotilla.model.Service} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ServiceItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addImagePropertyDescriptor(object);
			addCommandPropertyDescriptor(object);
			addArgsPropertyDescriptor(object);
			addEnvPropertyDescriptor(object);
			addModePropertyDescriptor(object);
			addReplicasPropertyDescriptor(object);
			addEndpointModePropertyDescriptor(object);
			addMaxReplicasPerNodePropertyDescriptor(object);
			addHostnamePropertyDescriptor(object);
			addUserPropertyDescriptor(object);
			addWorkingDirPropertyDescriptor(object);
			addStopSignalPropertyDescriptor(object);
			addStopGracePeriodPropertyDescriptor(object);
			addTtyPropertyDescriptor(object);
			addOpenStdinPropertyDescriptor(object);
			addReadOnlyPropertyDescriptor(object);
			addInitPropertyDescriptor(object);
			addIsolationPropertyDescriptor(object);
			addOomScoreAdjPropertyDescriptor(object);
			addCapabilityAddPropertyDescriptor(object);
			addCapabilityDropPropertyDescriptor(object);
			addDnsNameserversPropertyDescriptor(object);
			addDnsSearchPropertyDescriptor(object);
			addExtraHostsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Image feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addImagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_image_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_image_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__IMAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Command feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCommandPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_command_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_command_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__COMMAND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Args feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addArgsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_args_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_args_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__ARGS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Env feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEnvPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_env_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_env_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__ENV,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mode feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_mode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_mode_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__MODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Replicas feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReplicasPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_replicas_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_replicas_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__REPLICAS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Endpoint Mode feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEndpointModePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_endpointMode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_endpointMode_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__ENDPOINT_MODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Max Replicas Per Node feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaxReplicasPerNodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_maxReplicasPerNode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_maxReplicasPerNode_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__MAX_REPLICAS_PER_NODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hostname feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHostnamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_hostname_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_hostname_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__HOSTNAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the User feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUserPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_user_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_user_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__USER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Working Dir feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWorkingDirPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_workingDir_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_workingDir_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__WORKING_DIR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Stop Signal feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStopSignalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_stopSignal_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_stopSignal_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__STOP_SIGNAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Stop Grace Period feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStopGracePeriodPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_stopGracePeriod_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_stopGracePeriod_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__STOP_GRACE_PERIOD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tty feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTtyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_tty_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_tty_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__TTY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Open Stdin feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOpenStdinPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_openStdin_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_openStdin_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__OPEN_STDIN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Read Only feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReadOnlyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_readOnly_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_readOnly_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__READ_ONLY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Init feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_init_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_init_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__INIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Isolation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIsolationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_isolation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_isolation_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__ISOLATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Oom Score Adj feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOomScoreAdjPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_oomScoreAdj_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_oomScoreAdj_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__OOM_SCORE_ADJ,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Capability Add feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCapabilityAddPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_capabilityAdd_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_capabilityAdd_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__CAPABILITY_ADD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Capability Drop feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCapabilityDropPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_capabilityDrop_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_capabilityDrop_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__CAPABILITY_DROP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dns Nameservers feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDnsNameserversPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_dnsNameservers_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_dnsNameservers_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__DNS_NAMESERVERS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dns Search feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDnsSearchPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_dnsSearch_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_dnsSearch_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__DNS_SEARCH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Extra Hosts feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExtraHostsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_extraHosts_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_extraHosts_feature", "_UI_Service_type"),
				 ModelPackage.Literals.SERVICE__EXTRA_HOSTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ModelPackage.Literals.SERVICE__LABELS);
			childrenFeatures.add(ModelPackage.Literals.SERVICE__PORTS);
			childrenFeatures.add(ModelPackage.Literals.SERVICE__NETWORKS);
			childrenFeatures.add(ModelPackage.Literals.SERVICE__CONSTRAINTS);
			childrenFeatures.add(ModelPackage.Literals.SERVICE__PREFERENCES);
			childrenFeatures.add(ModelPackage.Literals.SERVICE__RESERVATIONS);
			childrenFeatures.add(ModelPackage.Literals.SERVICE__LIMITS);
			childrenFeatures.add(ModelPackage.Literals.SERVICE__RESTART_POLICY);
			childrenFeatures.add(ModelPackage.Literals.SERVICE__UPDATE_CONFIG);
			childrenFeatures.add(ModelPackage.Literals.SERVICE__ROLLBACK_CONFIG);
			childrenFeatures.add(ModelPackage.Literals.SERVICE__HEALTHCHECK);
			childrenFeatures.add(ModelPackage.Literals.SERVICE__MOUNTS);
			childrenFeatures.add(ModelPackage.Literals.SERVICE__SECRETS);
			childrenFeatures.add(ModelPackage.Literals.SERVICE__CONFIGS);
			childrenFeatures.add(ModelPackage.Literals.SERVICE__SYSCTLS);
			childrenFeatures.add(ModelPackage.Literals.SERVICE__ULIMITS);
			childrenFeatures.add(ModelPackage.Literals.SERVICE__CONTAINER_LABELS);
			childrenFeatures.add(ModelPackage.Literals.SERVICE__LOG_DRIVER);
			childrenFeatures.add(ModelPackage.Literals.SERVICE__CREDENTIAL_SPEC);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Service.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Service"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Service)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Service_type") :
			getString("_UI_Service_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Service.class)) {
			case ModelPackage.SERVICE__IMAGE:
			case ModelPackage.SERVICE__COMMAND:
			case ModelPackage.SERVICE__ARGS:
			case ModelPackage.SERVICE__ENV:
			case ModelPackage.SERVICE__MODE:
			case ModelPackage.SERVICE__REPLICAS:
			case ModelPackage.SERVICE__ENDPOINT_MODE:
			case ModelPackage.SERVICE__MAX_REPLICAS_PER_NODE:
			case ModelPackage.SERVICE__HOSTNAME:
			case ModelPackage.SERVICE__USER:
			case ModelPackage.SERVICE__WORKING_DIR:
			case ModelPackage.SERVICE__STOP_SIGNAL:
			case ModelPackage.SERVICE__STOP_GRACE_PERIOD:
			case ModelPackage.SERVICE__TTY:
			case ModelPackage.SERVICE__OPEN_STDIN:
			case ModelPackage.SERVICE__READ_ONLY:
			case ModelPackage.SERVICE__INIT:
			case ModelPackage.SERVICE__ISOLATION:
			case ModelPackage.SERVICE__OOM_SCORE_ADJ:
			case ModelPackage.SERVICE__CAPABILITY_ADD:
			case ModelPackage.SERVICE__CAPABILITY_DROP:
			case ModelPackage.SERVICE__DNS_NAMESERVERS:
			case ModelPackage.SERVICE__DNS_SEARCH:
			case ModelPackage.SERVICE__EXTRA_HOSTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ModelPackage.SERVICE__LABELS:
			case ModelPackage.SERVICE__PORTS:
			case ModelPackage.SERVICE__NETWORKS:
			case ModelPackage.SERVICE__CONSTRAINTS:
			case ModelPackage.SERVICE__PREFERENCES:
			case ModelPackage.SERVICE__RESERVATIONS:
			case ModelPackage.SERVICE__LIMITS:
			case ModelPackage.SERVICE__RESTART_POLICY:
			case ModelPackage.SERVICE__UPDATE_CONFIG:
			case ModelPackage.SERVICE__ROLLBACK_CONFIG:
			case ModelPackage.SERVICE__HEALTHCHECK:
			case ModelPackage.SERVICE__MOUNTS:
			case ModelPackage.SERVICE__SECRETS:
			case ModelPackage.SERVICE__CONFIGS:
			case ModelPackage.SERVICE__SYSCTLS:
			case ModelPackage.SERVICE__ULIMITS:
			case ModelPackage.SERVICE__CONTAINER_LABELS:
			case ModelPackage.SERVICE__LOG_DRIVER:
			case ModelPackage.SERVICE__CREDENTIAL_SPEC:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SERVICE__LABELS,
				 ModelFactory.eINSTANCE.createLabel()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SERVICE__PORTS,
				 ModelFactory.eINSTANCE.createPublishedPort()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SERVICE__NETWORKS,
				 ModelFactory.eINSTANCE.createNetworkAttachment()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SERVICE__CONSTRAINTS,
				 ModelFactory.eINSTANCE.createConstraint()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SERVICE__PREFERENCES,
				 ModelFactory.eINSTANCE.createPlacementPreference()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SERVICE__RESERVATIONS,
				 ModelFactory.eINSTANCE.createResources()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SERVICE__LIMITS,
				 ModelFactory.eINSTANCE.createResources()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SERVICE__RESTART_POLICY,
				 ModelFactory.eINSTANCE.createRestartPolicy()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SERVICE__UPDATE_CONFIG,
				 ModelFactory.eINSTANCE.createUpdateConfig()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SERVICE__ROLLBACK_CONFIG,
				 ModelFactory.eINSTANCE.createUpdateConfig()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SERVICE__HEALTHCHECK,
				 ModelFactory.eINSTANCE.createHealthcheck()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SERVICE__MOUNTS,
				 ModelFactory.eINSTANCE.createMount()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SERVICE__SECRETS,
				 ModelFactory.eINSTANCE.createSecretReference()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SERVICE__CONFIGS,
				 ModelFactory.eINSTANCE.createConfigReference()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SERVICE__SYSCTLS,
				 ModelFactory.eINSTANCE.createLabel()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SERVICE__ULIMITS,
				 ModelFactory.eINSTANCE.createUlimit()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SERVICE__CONTAINER_LABELS,
				 ModelFactory.eINSTANCE.createLabel()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SERVICE__LOG_DRIVER,
				 ModelFactory.eINSTANCE.createLogDriver()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SERVICE__CREDENTIAL_SPEC,
				 ModelFactory.eINSTANCE.createCredentialSpec()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == ModelPackage.Literals.SERVICE__LABELS ||
			childFeature == ModelPackage.Literals.SERVICE__SYSCTLS ||
			childFeature == ModelPackage.Literals.SERVICE__CONTAINER_LABELS ||
			childFeature == ModelPackage.Literals.SERVICE__RESERVATIONS ||
			childFeature == ModelPackage.Literals.SERVICE__LIMITS ||
			childFeature == ModelPackage.Literals.SERVICE__UPDATE_CONFIG ||
			childFeature == ModelPackage.Literals.SERVICE__ROLLBACK_CONFIG;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
