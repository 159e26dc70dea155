using ThongSuot.Data;
using ThongSuot.Features.Directives;

namespace ThongSuot.Features.Compliance;

/// <summary>
/// Issuing a letter creates its assignments in the same save, so a letter is never issued without them: the one
/// same-transaction hook, for the reason <see cref="IDirectiveIssueHook"/> gives; everything else reacts to DirectiveIssued.
/// </summary>
internal sealed class AssignmentsOnIssue(AppDbContext db, TimeProvider clock) : IDirectiveIssueHook
{
    public Task OnIssuingAsync(Directive directive, CancellationToken ct) =>
        AssignmentCreation.AddForAsync(db, directive, clock.GetUtcNow().UtcDateTime, ct);
}
