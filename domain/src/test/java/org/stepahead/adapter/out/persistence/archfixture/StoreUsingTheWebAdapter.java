package org.stepahead.adapter.out.persistence.archfixture;

import org.stepahead.adapter.in.web.archfixture.RegisterThingController;

/** Architecture fixture: an outgoing adapter that uses an incoming adapter. */
public class StoreUsingTheWebAdapter {

    public String call(RegisterThingController controller) {
        return controller.register("stored");
    }
}
