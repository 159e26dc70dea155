using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Features.Audit;

namespace ThongSuot.Features.Directives;

/// <summary>
/// One issued letter at one recipient organisation: when it was sent there (the delivery handler) and when one of its
/// members first opened it ("đã nhận"). Not audited: bookkeeping whose history is the row itself; the first opening is
/// one conditional update so two members opening at once keep the earlier time.
/// </summary>
public sealed class DirectiveReceipt : INotAudited
{
    public Guid DirectiveId { get; set; }
    public Guid OrganizationId { get; set; }
    public DateTime SentAt { get; set; }
    public DateTime? FirstOpenedAt { get; set; }
    public Guid? FirstOpenedById { get; set; }
}

internal sealed class DirectiveReceiptConfiguration : IEntityTypeConfiguration<DirectiveReceipt>
{
    public void Configure(EntityTypeBuilder<DirectiveReceipt> b)
    {
        b.ToTable("DirectiveReceipts");
        b.HasKey(x => new { x.DirectiveId, x.OrganizationId });
        b.HasOne<Directive>().WithMany().HasForeignKey(x => x.DirectiveId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organizations.Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.OrganizationId);
    }
}
