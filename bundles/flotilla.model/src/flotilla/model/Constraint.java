/**
 */
package flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Constraint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A placement constraint such as node.labels.zone == east. The expression is what is saved; key, operator and value are parsed from it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.Constraint#getExpression <em>Expression</em>}</li>
 *   <li>{@link flotilla.model.Constraint#getKey <em>Key</em>}</li>
 *   <li>{@link flotilla.model.Constraint#getOperator <em>Operator</em>}</li>
 *   <li>{@link flotilla.model.Constraint#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getConstraint()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='wellFormed'"
 * @generated
 */
public interface Constraint extends Element {
	/**
	 * Returns the value of the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expression</em>' attribute.
	 * @see #setExpression(String)
	 * @see flotilla.model.ModelPackage#getConstraint_Expression()
	 * @model
	 * @generated
	 */
	String getExpression();

	/**
	 * Sets the value of the '{@link flotilla.model.Constraint#getExpression <em>Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expression</em>' attribute.
	 * @see #getExpression()
	 * @generated
	 */
	void setExpression(String value);

	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see flotilla.model.ModelPackage#getConstraint_Key()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * The literals are from the enumeration {@link flotilla.model.ConstraintOperator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see flotilla.model.ConstraintOperator
	 * @see flotilla.model.ModelPackage#getConstraint_Operator()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	ConstraintOperator getOperator();

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see flotilla.model.ModelPackage#getConstraint_Value()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getValue();

} // Constraint
