namespace ThongSuot.Features.Directives;

/// <summary>
/// The one same-transaction hook between features (docs/architecture.md). Called while a letter is being issued, before
/// the save: what a hook adds to the context (compliance assignments) is saved in the same transaction as the issue, so a
/// letter is never issued without them, nor they without it. Why not a <see cref="DirectiveIssued"/> handler after the
/// commit: the assignments are what the issued letter asks of its recipients (their tasks, due dates, reports, the
/// board and the reminders read them). Between a commit and a late or failing handler there would be an issued letter
/// nobody can answer, and a handler that failed for good would leave it so. Every other reaction to an issue (telling
/// people) handles the <see cref="DirectiveIssued"/> event instead.
/// The directive comes loaded with its recipients, sections and tasks, its status already Issued.
/// </summary>
public interface IDirectiveIssueHook
{
    Task OnIssuingAsync(Directive directive, CancellationToken ct);
}
