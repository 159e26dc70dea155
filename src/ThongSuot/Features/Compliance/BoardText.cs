namespace ThongSuot.Features.Compliance;

/// <summary>Marker for the English texts of the board and the readiness form editor (BoardText.en.resx).</summary>
public sealed class BoardText;
