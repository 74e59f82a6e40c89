namespace OmniCharts.ReadModel.Writing;

/// <summary>Every write script, loaded from the assembly once.</summary>
internal static class WriteScripts
{
    public static readonly WriteScript ApplyRoom = WriteScript.Load("Versions", "Buckets", "ApplyRoom");
    public static readonly WriteScript ApplyOtherRoom = WriteScript.Load("Versions", "Buckets", "ApplyOtherRoom");
    public static readonly WriteScript DeleteRoom = WriteScript.Load("Versions", "Buckets", "DeleteRoom");
    public static readonly WriteScript ApplyMessage = WriteScript.Load("Versions", "Buckets", "ApplyMessage");
    public static readonly WriteScript ApplyUser = WriteScript.Load("Versions", "ApplyUser");
    public static readonly WriteScript DeleteUser = WriteScript.Load("Versions", "DeleteUser");
    public static readonly WriteScript ApplyPermission = WriteScript.Load("Versions", "ApplyPermission");
    public static readonly WriteScript ApplySetting = WriteScript.Load("Versions", "ApplySetting");
}
