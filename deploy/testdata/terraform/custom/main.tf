resource "auth0_tenant" "tenant" {
  sandbox_version = "22"
}

resource "auth0_action" "custom_sms" {
  name    = "custom-sms"
  runtime = "node18-actions"
  deploy  = true
  code    = file("actions/custom.js")

  supported_triggers {
    id      = "custom-phone-provider"
    version = "v1"
  }

  secrets {
    name  = "WEBHOOK_URL"
    value = auth0_client.sms.client_secret
  }
}

resource "auth0_trigger_action" "custom_sms" {
  trigger   = "custom-phone-provider"
  action_id = auth0_action.custom_sms.id
}

resource "auth0_phone_provider" "custom" {
  name     = "custom"
  disabled = false

  configuration {
    delivery_methods = ["text", "voice"]
  }

  credentials {}

  depends_on = [auth0_trigger_action.custom_sms]
}
