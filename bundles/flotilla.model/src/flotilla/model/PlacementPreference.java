/**
 */
package flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Placement Preference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.PlacementPreference#getSpread <em>Spread</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getPlacementPreference()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='spreadsOnLabel'"
 * @generated
 */
public interface PlacementPreference extends Element {
	/**
	 * Returns the value of the '<em><b>Spread</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The label tasks are spread over, such as node.labels.zone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spread</em>' attribute.
	 * @see #setSpread(String)
	 * @see flotilla.model.ModelPackage#getPlacementPreference_Spread()
	 * @model
	 * @generated
	 */
	String getSpread();

	/**
	 * Sets the value of the '{@link flotilla.model.PlacementPreference#getSpread <em>Spread</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spread</em>' attribute.
	 * @see #getSpread()
	 * @generated
	 */
	void setSpread(String value);

} // PlacementPreference
