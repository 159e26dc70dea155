namespace ThongSuot.Features.Incidents;

/// <summary>Marker for the live board's English texts (BoardLiveText.en.resx).</summary>
public sealed class BoardLiveText;
