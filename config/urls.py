from django.contrib import admin
from django.urls import include, path

from config.health import healthz, readyz
from factcheck.verdict_page import verdict_page

admin.site.site_header = "Fact-check desk"
admin.site.site_title = "Fact-check desk"
admin.site.index_title = "Claims, findings and verdicts"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("admin/", admin.site.urls),
    path("api/", include("factcheck.api.urls")),
    # A published verdict's public page (no login): what ClaimReview's `url` points to.
    path("verdicts/<int:pk>", verdict_page, name="verdict-page"),
]
