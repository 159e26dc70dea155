namespace ThongSuot.Features.Directives;

/// <summary>
/// Called while a letter is being issued, before the save: what a hook adds to the context (compliance assignments)
/// is saved in the same transaction as the issue, so a letter is never issued without them, nor they without it.
/// The directive comes loaded with its recipients, sections and tasks, its status already Issued.
/// </summary>
public interface IDirectiveIssueHook
{
    Task OnIssuingAsync(Directive directive, CancellationToken ct);
}
