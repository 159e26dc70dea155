using System.CommandLine;

namespace ThongSuot.Features.Areas;

public static class AreasCli
{
    public static Command ImportAreas(IServiceProvider services) => new("import-areas", "Nhập đơn vị hành chính cấp xã từ tệp CSV.");
}
