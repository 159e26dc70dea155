namespace ThongSuot.Documents;

/// <summary>
/// An official letter (công văn) as Decree 30/2020/NĐ-CP lays it out. Texts are given as written;
/// the writers NFC-normalise them, add the numbering, "./.", "- Như trên;" and "- Lưu: VT, …".
/// </summary>
public sealed record OfficialLetter
{
    /// <summary>Parent agency line, e.g. "UBND TỈNH QUẢNG TRỊ" (rendered in capitals).</summary>
    public required string ParentAgency { get; init; }

    /// <summary>Issuing agency in full, e.g. "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"; may wrap.</summary>
    public required string IssuingAgency { get; init; }

    /// <summary>Sequential number of the year; null for an unnumbered draft.</summary>
    public int? Number { get; init; }

    /// <summary>Symbol after the slash, e.g. "STTTT-BCVT" (no type code for a công văn).</summary>
    public required string Symbol { get; init; }

    public required string Place { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>The subject without the leading "V/v ".</summary>
    public required string Subject { get; init; }

    public LetterUrgency Urgency { get; init; }

    /// <summary>Kính gửi: one entry per addressee, without the leading "- " or trailing ";".</summary>
    public required IReadOnlyList<string> Recipients { get; init; }

    public required IReadOnlyList<LetterBlock> Body { get; init; }

    /// <summary>Contact line(s) printed after the body; the last one then carries "./.".</summary>
    public IReadOnlyList<string> Contacts { get; init; } = [];

    public required LetterSignature Signature { get; init; }

    public required LetterDistribution Distribution { get; init; }

    /// <summary>Drafter code and copies under Nơi nhận, e.g. "PL.(300)".</summary>
    public string? DrafterCode { get; init; }
}

/// <summary>A body block. Section headings get Roman numerals and numbered items Arabic ones,
/// restarting after each heading, so callers never type the numbering.</summary>
public abstract record LetterBlock(string Text);

/// <summary>An ordinary paragraph (opening or closing text).</summary>
public sealed record LetterParagraph(string Text) : LetterBlock(Text);

/// <summary>A bold section heading: "I. UBND các huyện, thị xã, thành phố".</summary>
public sealed record LetterSectionHeading(string Text) : LetterBlock(Text);

/// <summary>A numbered task: "1. Chỉ đạo …".</summary>
public sealed record LetterNumberedItem(string Text) : LetterBlock(Text);

/// <summary>A dash item under a numbered task: "- Tăng cường …".</summary>
public sealed record LetterBulletItem(string Text) : LetterBlock(Text);

public enum LetterUrgency
{
    None,
    Khan,
    ThuongKhan,
    HoaToc,
}

public enum SigningAuthority
{
    /// <summary>The head signs: "GIÁM ĐỐC".</summary>
    None,
    /// <summary>Ký thay: a deputy signs for the head.</summary>
    KT,
    /// <summary>Thay mặt: signs for a collective body.</summary>
    TM,
    /// <summary>Acting head.</summary>
    Q,
    /// <summary>Thừa lệnh.</summary>
    TL,
    /// <summary>Thừa ủy quyền.</summary>
    TUQ,
}

/// <param name="AuthorityTitle">Title of the head, e.g. "GIÁM ĐỐC".</param>
/// <param name="SignerTitle">The signer's own title when someone else signs, e.g. "PHÓ GIÁM ĐỐC".</param>
/// <param name="SignerName">Name in normal case, no academic titles.</param>
public sealed record LetterSignature(
    SigningAuthority Authority,
    string AuthorityTitle,
    string? SignerTitle,
    string SignerName);

/// <param name="Text">The recipient, e.g. "Công an tỉnh".</param>
/// <param name="Purpose">Optional purpose shown in brackets: "b/c", "phối hợp", "để biết".</param>
public sealed record DistributionEntry(string Text, string? Purpose = null);

/// <param name="Entries">Other recipients in order.</param>
/// <param name="DraftingUnit">Unit kept on file next to VT, e.g. "BCVT".</param>
/// <param name="IncludeAddressees">Start the list with "- Như trên;" (everyone under Kính gửi).</param>
public sealed record LetterDistribution(
    IReadOnlyList<DistributionEntry> Entries,
    string DraftingUnit,
    bool IncludeAddressees = true);
