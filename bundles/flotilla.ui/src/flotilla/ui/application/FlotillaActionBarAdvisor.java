package flotilla.ui.application;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The File, Edit, Window and Help menus. Edit holds the workbench's retargetable actions, so an
 * editor's own undo, cut or delete (an EMF editing domain's, for instance) plugs into them.
 */
final class FlotillaActionBarAdvisor extends ActionBarAdvisor {

    FlotillaActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        // Registered here so the workbench disposes them and binds their key bindings.
        for (ActionFactory factory : new ActionFactory[]{
                ActionFactory.NEW, ActionFactory.SAVE, ActionFactory.SAVE_AS, ActionFactory.REVERT,
                ActionFactory.CLOSE, ActionFactory.IMPORT, ActionFactory.EXPORT, ActionFactory.QUIT,
                ActionFactory.UNDO, ActionFactory.REDO,
                ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE, ActionFactory.DELETE,
                ActionFactory.SELECT_ALL, ActionFactory.RESET_PERSPECTIVE, ActionFactory.PREFERENCES}) {
            register(factory.create(window));
        }
        register(new AboutAction(window));
        register(new OpenModelAction(window));
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();

        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        // File > New > Flotilla Model directly (the perspective's new-wizard shortcuts), Other... for the rest.
        MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
        newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
        file.add(newMenu);
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(new Separator(IWorkbenchActionConstants.OPEN_EXT));
        file.add(getAction(OpenModelAction.ID));
        MenuManager recent = new MenuManager("Open &Recent", "flotilla.ui.openRecent");
        recent.add(ContributionItemFactory.REOPEN_EDITORS.create(window));
        file.add(recent);
        file.add(new Separator());
        file.add(action(ActionFactory.SAVE));
        file.add(action(ActionFactory.SAVE_AS));
        file.add(action(ActionFactory.REVERT));
        file.add(action(ActionFactory.CLOSE));
        file.add(new Separator(IWorkbenchActionConstants.IMPORT_EXT));
        file.add(action(ActionFactory.IMPORT));
        file.add(action(ActionFactory.EXPORT));
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(action(ActionFactory.QUIT));

        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(action(ActionFactory.UNDO));
        edit.add(action(ActionFactory.REDO));
        edit.add(new Separator(IWorkbenchActionConstants.CUT_EXT));
        edit.add(action(ActionFactory.CUT));
        edit.add(action(ActionFactory.COPY));
        edit.add(action(ActionFactory.PASTE));
        edit.add(action(ActionFactory.DELETE));
        edit.add(action(ActionFactory.SELECT_ALL));
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        windowMenu.add(showView);
        windowMenu.add(action(ActionFactory.RESET_PERSPECTIVE));
        windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        windowMenu.add(action(ActionFactory.PREFERENCES));

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(getAction(AboutAction.ID));

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu);
        menuBar.add(help);
    }

    private IAction action(ActionFactory factory) {
        return getAction(factory.getId());
    }
}
