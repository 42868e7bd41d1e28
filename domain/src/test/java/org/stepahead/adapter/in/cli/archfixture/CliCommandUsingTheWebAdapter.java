package org.stepahead.adapter.in.cli.archfixture;

import org.stepahead.adapter.in.web.archfixture.RegisterThingController;

/** Architecture fixture: a CLI class that names a web adapter class. */
public class CliCommandUsingTheWebAdapter {

    public String run(RegisterThingController controller) {
        return controller.register("cli");
    }
}
