from django.contrib import admin
from django.urls import include, path

from config.health import healthz, readyz

admin.site.site_header = "Fact-check desk"
admin.site.site_title = "Fact-check desk"
admin.site.index_title = "Claims, findings and verdicts"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("admin/", admin.site.urls),
    path("api/", include("factcheck.api.urls")),
]
