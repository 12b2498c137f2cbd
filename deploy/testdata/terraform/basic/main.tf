locals {
  trigger      = "send-phone-message"
  action_label = "${local.prefix}-8x8"
  prefix       = "sms"
}

resource "auth0_action" "sms" {
  name    = local.action_label
  runtime = var.runtime
  deploy  = true
  code    = file("${path.module}/actions/sms.js")

  supported_triggers {
    id      = local.trigger
    version = "v2"
  }

  dependencies {
    name    = "axios"
    version = "1.7.9"
  }

  secrets {
    name  = "API_KEY"
    value = var.sms_api_key
  }

  secrets {
    name  = "BASE_URL"
    value = var.provider_base_url
  }

  secrets {
    name  = "SENDER"
    value = var.sender
  }
}

resource "auth0_trigger_actions" "sms" {
  trigger = local.trigger

  actions {
    id           = auth0_action.sms.id
    display_name = auth0_action.sms.name
  }
}
