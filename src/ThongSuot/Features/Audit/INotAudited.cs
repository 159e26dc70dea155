namespace ThongSuot.Features.Audit;

/// <summary>
/// Marks operational rows the audit trail skips (queues, inboxes): high-volume state that records its own history,
/// or that carries secrets such as single-use links. Business records are always audited.
/// </summary>
public interface INotAudited;
