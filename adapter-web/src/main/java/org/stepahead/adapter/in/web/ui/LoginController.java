package org.stepahead.adapter.in.web.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page of the browser UI; Spring Security handles the POST and the sign-out. */
@Controller
public class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
