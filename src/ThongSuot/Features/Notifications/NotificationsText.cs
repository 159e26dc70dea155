namespace ThongSuot.Features.Notifications;

/// <summary>Marker for the Notifications pages' texts. Keys are the Vietnamese text; NotificationsText.en.resx holds English.</summary>
public sealed class NotificationsText
{
    public static string Category(NotificationCategory c) => c switch
    {
        NotificationCategory.Incidents => "Sự cố",
        NotificationCategory.Reminders => "Nhắc hạn báo cáo",
        NotificationCategory.Duty => "Trực ca",
        NotificationCategory.Directives => "Công văn",
        _ => "Hệ thống",
    };
}
