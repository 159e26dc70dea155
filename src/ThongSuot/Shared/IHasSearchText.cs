namespace ThongSuot.Shared;

/// <summary>An entity with a normalised search key, refreshed by <c>AppDbContext</c> on every save.</summary>
public interface IHasSearchText
{
    void RefreshSearchText();
}
