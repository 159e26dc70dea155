namespace ThongSuot.Features.Directives;

/// <summary>
/// A letter was issued (<see cref="Shared.Events.DomainEvents"/>): committed with the issue, so its handlers (notifications
/// to the recipients, later) run after it and only if it holds. <see cref="Number"/> is as printed, e.g. "12/SKHCN-BCVT".
/// </summary>
public sealed record DirectiveIssued(Guid DirectiveId, Guid CampaignId, Guid IssuerId, string Number, DateOnly IssuedOn, DateTime IssuedAt,
    IReadOnlyList<Guid> RecipientOrganizationIds, Guid? PreviousVersionId);
