namespace ThongSuot.Features.Accounts;

/// <summary>Marker for the account and API-key pages' texts; AccountsText.en.resx holds the English.</summary>
public sealed class AccountsText;
