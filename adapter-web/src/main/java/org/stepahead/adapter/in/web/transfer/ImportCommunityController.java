package org.stepahead.adapter.in.web.transfer;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ProblemAdvice.FieldProblem;
import org.stepahead.application.port.in.transfer.CommunityDocument;
import org.stepahead.application.port.in.transfer.ImportCommunityCommand;
import org.stepahead.application.port.in.transfer.ImportCommunityUseCase;
import org.stepahead.application.port.in.transfer.ImportRefusedException;
import org.stepahead.application.port.in.transfer.ImportReport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * REST: {@link ImportCommunityUseCase} at {@code POST /api/v1/imports}, JSON or YAML ({@code ?dryRun=true} checks
 * only).
 */
@RestController
record ImportCommunityController(ImportCommunityUseCase importCommunity, MessageSource messages) {

    static final String YAML = "application/yaml";
    static final String TEXT_YAML = "text/yaml";
    static final String X_YAML = "application/x-yaml";

    @PostMapping(
            path = "/api/v1/imports",
            consumes = {MediaType.APPLICATION_JSON_VALUE, YAML, TEXT_YAML, X_YAML})
    ResponseEntity<ImportReportResponse> importDocument(
            @RequestBody byte[] body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        CommunityDocument document = DocumentFormat.of(contentType).read(body);
        if (document == null) {
            throw new ImportRefusedException("", ImportRefusedException.Problem.REQUIRED);
        }
        ImportReport report = importCommunity.importCommunity(new ImportCommunityCommand(document, dryRun));
        ImportReportResponse response = response(report, LocaleContextHolder.getLocale());
        if (dryRun || report.alreadyImported()) {
            return ResponseEntity.ok(response);
        }
        return ResponseEntity.created(
                        URI.create("/api/v1/communities/" + report.communityId().value()))
                .body(response);
    }

    static ImportReportResponse response(ImportReport report, Locale locale) {
        return new ImportReportResponse(
                report.dryRun(),
                report.documentKey(),
                report.alreadyImported(),
                report.communityId().value(),
                report.organizations(),
                report.educators(),
                report.members(),
                report.programs(),
                report.events(),
                report.programIds().stream().map(id -> id.value()).toList(),
                report.warnings().stream()
                        .map(w -> new ImportReportResponse.WarningResponse(w.path(), w.code(), w.message(locale)))
                        .toList());
    }

    @ExceptionHandler(ImportRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ImportRefusedException e) {
        Locale locale = LocaleContextHolder.getLocale();
        HttpStatus status = e.refusedByRule() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
        return problem(
                status,
                e.problem().code(),
                e.problems().stream()
                        .map(p -> new FieldProblem(p.path(), p.message(locale)))
                        .toList());
    }

    @ExceptionHandler(JacksonException.class)
    ResponseEntity<ProblemDetail> unreadable(JacksonException e) {
        String path = e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? "." + r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            message = text("problem.import.unknownField", unknown.getPropertyName());
        } else if (e instanceof InvalidFormatException invalid
                && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "));
            message = text("problem.import.badEnum", invalid.getValue(), allowed);
        } else if (e instanceof InvalidFormatException invalid) {
            message = text("problem.import.badValue", invalid.getValue());
        } else if (e instanceof StreamReadException syntax && syntax.getLocation() != null) {
            message = text(
                    "problem.import.syntax",
                    syntax.getLocation().getLineNr(),
                    syntax.getLocation().getColumnNr());
        } else {
            message = text("problem.import.unreadable");
        }
        return problem(HttpStatus.BAD_REQUEST, "import.problem.unreadable", List.of(new FieldProblem(path, message)));
    }

    /** The refusal as problem+json: the detail names the first problem, {@code errors} lists every one. */
    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, List<FieldProblem> errors) {
        FieldProblem error = errors.get(0);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(
                status,
                errors.size() == 1
                        ? text("problem.import.detail", error.field(), error.message())
                        : text("problem.import.detailSeveral", error.field(), error.message(), errors.size()));
        body.setTitle(text(status == HttpStatus.BAD_REQUEST ? "problem.invalid.title" : "problem.rule.title"));
        body.setProperty("code", code);
        body.setProperty("errors", errors);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
