namespace ThongSuot.Features.Files;

public static class FilesSetup
{
    public static IServiceCollection AddFiles(this IServiceCollection services) => services.AddScoped<FileStore>();
}
